/**
 * The CBOR codec both CBOR protocols share (cbor-x): plain maps and byte strings, as AWS's SDKs write and read
 * them (no cbor-x record extension, Uint8Array as an untagged byte string, non-integers as 64-bit floats).
 */
import { addExtension, Decoder, Encoder } from "cbor-x";

/**
 * A tag-1 (epoch-based date/time) value as it is on the wire. The unit is the protocol's: awsCbor's is epoch
 * milliseconds (the Java SDKs' CBOR generators and parsers use them although RFC 8949 says seconds), RPC v2
 * CBOR's epoch seconds. cbor-x's tag extensions are process-wide, so one neutral extension serves both and
 * each protocol reads the number in its own unit.
 */
export class EpochTag {
  constructor(readonly value: number) {}
}

addExtension<EpochTag, number>({
  Class: EpochTag,
  tag: 1,
  encode: (tagged, encode) => encode(tagged.value),
  decode: (value) => new EpochTag(value),
});

export const cborDecoder = new Decoder({ mapsAsObjects: true, useRecords: false });
export const cborEncoder = new Encoder({ mapsAsObjects: true, useRecords: false, tagUint8Array: false });
