import type { IamInterface } from "../../core/interfaces.js";
import type { ServiceFactory, ServiceInstance } from "../../core/service.js";
import type { IamAction } from "./action.js";
import { AttachRolePolicy } from "./actions/AttachRolePolicy.js";
import { AttachUserPolicy } from "./actions/AttachUserPolicy.js";
import { CreateAccessKey } from "./actions/CreateAccessKey.js";
import { CreatePolicy } from "./actions/CreatePolicy.js";
import { CreatePolicyVersion } from "./actions/CreatePolicyVersion.js";
import { CreateRole } from "./actions/CreateRole.js";
import { CreateUser } from "./actions/CreateUser.js";
import { DeleteAccessKey } from "./actions/DeleteAccessKey.js";
import { DeletePolicy } from "./actions/DeletePolicy.js";
import { DeletePolicyVersion } from "./actions/DeletePolicyVersion.js";
import { DeleteRole } from "./actions/DeleteRole.js";
import { DeleteRolePolicy } from "./actions/DeleteRolePolicy.js";
import { DeleteUser } from "./actions/DeleteUser.js";
import { DeleteUserPolicy } from "./actions/DeleteUserPolicy.js";
import { DetachRolePolicy } from "./actions/DetachRolePolicy.js";
import { DetachUserPolicy } from "./actions/DetachUserPolicy.js";
import { GetPolicy } from "./actions/GetPolicy.js";
import { GetPolicyVersion } from "./actions/GetPolicyVersion.js";
import { GetRole } from "./actions/GetRole.js";
import { GetRolePolicy } from "./actions/GetRolePolicy.js";
import { GetUser } from "./actions/GetUser.js";
import { GetUserPolicy } from "./actions/GetUserPolicy.js";
import { ListAccessKeys } from "./actions/ListAccessKeys.js";
import { ListAttachedRolePolicies } from "./actions/ListAttachedRolePolicies.js";
import { ListAttachedUserPolicies } from "./actions/ListAttachedUserPolicies.js";
import { ListGroupsForUser } from "./actions/ListGroupsForUser.js";
import { ListInstanceProfilesForRole } from "./actions/ListInstanceProfilesForRole.js";
import { ListPolicies } from "./actions/ListPolicies.js";
import { ListPolicyTags } from "./actions/ListPolicyTags.js";
import { ListPolicyVersions } from "./actions/ListPolicyVersions.js";
import { ListRolePolicies } from "./actions/ListRolePolicies.js";
import { ListRoleTags } from "./actions/ListRoleTags.js";
import { ListRoles } from "./actions/ListRoles.js";
import { ListUserPolicies } from "./actions/ListUserPolicies.js";
import { ListUserTags } from "./actions/ListUserTags.js";
import { ListUsers } from "./actions/ListUsers.js";
import { PutRolePolicy } from "./actions/PutRolePolicy.js";
import { PutUserPolicy } from "./actions/PutUserPolicy.js";
import { SetDefaultPolicyVersion } from "./actions/SetDefaultPolicyVersion.js";
import { TagPolicy } from "./actions/TagPolicy.js";
import { TagRole } from "./actions/TagRole.js";
import { TagUser } from "./actions/TagUser.js";
import { UntagPolicy } from "./actions/UntagPolicy.js";
import { UntagRole } from "./actions/UntagRole.js";
import { UntagUser } from "./actions/UntagUser.js";
import { UpdateAssumeRolePolicy } from "./actions/UpdateAssumeRolePolicy.js";
import { UpdateRole } from "./actions/UpdateRole.js";
import { UpdateRoleDescription } from "./actions/UpdateRoleDescription.js";
import { iamEndpoint } from "./endpoint.js";
import { accessKeyIdentity, iamInterface } from "./iamInterface.js";
import { iamMigrations } from "./migrations.js";
import { IamModel } from "./model.js";

const ACTIONS: readonly IamAction[] = [
  AttachRolePolicy,
  AttachUserPolicy,
  CreateAccessKey,
  CreatePolicy,
  CreatePolicyVersion,
  CreateRole,
  CreateUser,
  DeleteAccessKey,
  DeletePolicy,
  DeletePolicyVersion,
  DeleteRole,
  DeleteRolePolicy,
  DeleteUser,
  DeleteUserPolicy,
  DetachRolePolicy,
  DetachUserPolicy,
  GetPolicy,
  GetPolicyVersion,
  GetRole,
  GetRolePolicy,
  GetUser,
  GetUserPolicy,
  ListAccessKeys,
  ListAttachedRolePolicies,
  ListAttachedUserPolicies,
  ListGroupsForUser,
  ListInstanceProfilesForRole,
  ListPolicies,
  ListPolicyTags,
  ListPolicyVersions,
  ListRolePolicies,
  ListRoleTags,
  ListRoles,
  ListUserPolicies,
  ListUserTags,
  ListUsers,
  PutRolePolicy,
  PutUserPolicy,
  SetDefaultPolicyVersion,
  TagPolicy,
  TagRole,
  TagUser,
  UntagPolicy,
  UntagRole,
  UntagUser,
  UpdateAssumeRolePolicy,
  UpdateRole,
  UpdateRoleDescription,
];

/**
 * IAM over awsQuery 2010-05-08, global per account. Its access keys resolve, through the core's accounts, to
 * their users; it offers roles to STS and identity policies to the core's `--enforce-iam` check.
 */
export const createIamService: ServiceFactory<IamInterface> = (context) => {
  const { store, clock, accounts } = context;
  store.migrate("iam", iamMigrations);
  const model = new IamModel(store, clock);
  const stopRecovering = store.onRecover(() => model.restore());
  const stopResolving = accounts.addResolver((key) => accessKeyIdentity(model, key));
  const actions = new Map(ACTIONS.map((make) => make(model)).map((action) => [action.name, action]));
  let closed = false;
  const instance: ServiceInstance<IamInterface> = {
    definition: { ...iamEndpoint, actions },
    api: iamInterface(model),
    health: () => (closed ? { status: "failed", detail: "stopped" } : { status: "ready" }),
    reset: () => model.reset(),
    summary: () => model.summary(),
    close() {
      closed = true;
      stopResolving();
      stopRecovering();
      return Promise.resolve();
    },
  };
  return instance;
};
