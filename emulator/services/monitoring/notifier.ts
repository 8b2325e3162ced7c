import type { ServiceContext } from "../../core/service.js";
import type { AlarmRecord, AlarmState } from "./alarm.js";
import type { MonitoringModel } from "./model.js";
import { actionsFor, notificationMessage, notificationSubject } from "./notification.js";

const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[^:]+:\d{12}:[^:]+$/;

/**
 * Runs the actions of an alarm's new state: each SNS topic gets AWS's alarm notification JSON, published as
 * `cloudwatch.amazonaws.com` on behalf of the alarm. SNS is reached lazily, when a notification is due, so
 * CloudWatch loads without it; every attempt is recorded in the alarm's history as AWS records it.
 */
export function alarmNotifier(
  context: ServiceContext,
  model: MonitoringModel,
  isOpen: () => boolean,
): (alarm: AlarmRecord, oldState: AlarmState) => void {
  return (alarm, oldState) => {
    const message = notificationMessage(alarm, oldState);
    const subject = notificationSubject(alarm);
    const caller = {
      servicePrincipal: "cloudwatch.amazonaws.com",
      sourceArn: alarm.arn,
      sourceAccount: alarm.accountId,
    };
    for (const action of actionsFor(alarm, alarm.state)) {
      if (!SNS_TOPIC_ARN.test(action)) {
        context.log(
          `cloudwatch: alarm ${alarm.config.AlarmName}: action ${action} is not run locally (only SNS topics are)`,
        );
        continue;
      }
      const record = (ok: boolean, detail: string): void =>
        model.store.transaction(() =>
          model.recordHistory(
            alarm,
            "Action",
            ok
              ? `Successfully executed action ${action}`
              : `Failed to execute action ${action}. Received error: "${detail}"`,
            {
              actionState: ok ? "Succeeded" : "Failed",
              stateUpdateTimestamp: alarm.stateUpdatedAt,
              ...(ok ? {} : { error: detail }),
            },
          ),
        );
      const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));
      void context
        .use("sns")
        .then((sns) => {
          // The service may have stopped while SNS was loading: its store is closed then.
          if (!isOpen()) return;
          model.store.transaction(() => {
            const result = sns.publish(action, message, subject, caller);
            if (result.published) record(true, result.messageId);
            else record(false, result.detail);
          });
        })
        .catch((error: unknown) => {
          if (!isOpen()) return;
          try {
            record(false, reason(error));
          } catch (failure) {
            context.log(
              `cloudwatch: alarm ${alarm.config.AlarmName}: action ${action} failed: ${reason(failure)}`,
            );
          }
        });
    }
  };
}
