import type { LogEventToAppend, LogsAppendResult, LogsInterface } from "../../core/interfaces.js";
import type { LogGroupRecord, LogsModel } from "./model.js";

const DAY_MS = 86_400_000;

/**
 * Log lines written on a service's behalf (Lambda's function logs), as the service's own PutLogEvents calls
 * would write them: the stream is created when missing, the group too when the caller may create it, events
 * are kept in timestamp order, and events already older than the group's retention are not stored.
 */
export function logsInterface(model: LogsModel): LogsInterface {
  function groupFor(accountId: string, region: string, groupName: string, create: boolean) {
    const groups = model.groups(accountId, region);
    const existing = groups.get(groupName);
    if (existing !== undefined || !create) return existing;
    const group: LogGroupRecord = {
      accountId,
      region,
      name: groupName,
      creationTime: model.clock.now(),
      logGroupClass: "STANDARD",
      tags: {},
      streams: new Map(),
    };
    model.addGroup(group);
    return group;
  }

  return {
    append(accountId, region, groupName, streamName, events, options): LogsAppendResult {
      return model.store.transaction((): LogsAppendResult => {
        const group = groupFor(accountId, region, groupName, options.createGroup);
        if (group === undefined) {
          return {
            appended: false,
            reason: "ResourceNotFoundException",
            detail: `The log group ${groupName} does not exist: create it, or let the writer create it.`,
          };
        }
        let stream = group.streams.get(streamName);
        if (stream === undefined) {
          stream = { name: streamName, creationTime: model.clock.now(), events: [], storedBytes: 0 };
          model.addStream(group, stream);
        }
        const oldest =
          group.retentionInDays === undefined
            ? undefined
            : model.clock.now() - group.retentionInDays * DAY_MS;
        const kept: LogEventToAppend[] = events.filter(
          (event) => oldest === undefined || event.timestamp >= oldest,
        );
        if (kept.length > 0) model.appendEvents(group, stream, kept);
        return { appended: true };
      });
    },
  };
}
