import { z } from "zod";

/**
 * The event envelope producers write to the stream: the required and optional context attributes of
 * CloudEvents 1.0 (JSON format), with the payload in `data`. Unknown extension attributes are kept.
 * @see https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md
 */
export const CloudEventEnvelope = z.looseObject({
  specversion: z.literal("1.0"),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.string().min(1),
  subject: z.string().min(1).optional(),
  time: z.iso.datetime({ offset: true }).optional(),
  datacontenttype: z.string().min(1).optional(),
  dataschema: z.string().min(1).optional(),
  data: z.unknown().optional(),
});

export type CloudEvent = z.infer<typeof CloudEventEnvelope>;
