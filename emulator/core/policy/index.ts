/**
 * One IAM policy evaluator for every service in the emulator: validation of policy documents, AWS's
 * evaluation logic, and the condition operators. Pure: no HTTP, no service state. See README.md.
 */
export { compilePolicy, type CompiledPolicy, type CompileResult } from "./compile.js";
export type { ContextValue, RequestContext } from "./context.js";
export {
  parsePolicyDocument,
  type ParseResult,
  type PolicyDocument,
  type PolicyKind,
  type PolicyProblem,
  type PolicyProblemReason,
  type PolicyStatement,
  type PolicyVersion,
} from "./document.js";
export { policyErrorFor, type PolicyService, type ServicePolicyError } from "./errors.js";
export {
  evaluate,
  type Decision,
  type DecisionKind,
  type EvaluationInput,
  type MatchedStatement,
  type NamedPolicy,
} from "./evaluate.js";
export { OPERATOR_NAMES } from "./operators.js";
export { callerPrincipal, type RequestPrincipal } from "./principal.js";
