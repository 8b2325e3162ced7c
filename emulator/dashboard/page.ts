/**
 * The dashboard page: one HTML document with its script inline, so the emulator serves it with no build step
 * and no files beside the bundle. The script polls `/_eda/ui/snapshot` once a second and draws the
 * architecture as SVG: topic → subscriptions → queues → DLQs, stream → shards and queues → event source
 * mapping → function → on-failure destination, alarms with their states.
 * Clicking a queue, a stream or a shard opens a side panel with its newest messages or records
 * (`/_eda/ui/peek`, which changes nothing), refreshed with the rest.
 */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>eda — live architecture</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1d2330; }
  header { display: flex; gap: 1rem; align-items: baseline; padding: .75rem 1rem; background: #1d2330; color: #fff; }
  header h1 { font-size: 1.1rem; margin: 0; }
  header .status { margin-left: auto; font-size: .85rem; opacity: .8; }
  main { display: grid; grid-template-columns: minmax(0, 1fr) 26rem; gap: 1rem; padding: 1rem; }
  section { background: #fff; border-radius: 6px; padding: .75rem; box-shadow: 0 1px 2px #0002; }
  h2 { font-size: .95rem; margin: 0 0 .5rem; }
  svg text { font: 12px system-ui, sans-serif; }
  .node rect { fill: #fff; stroke: #8a94a6; rx: 6; }
  .node.topic rect { fill: #fde8d8; } .node.queue rect { fill: #e3f0fd; } .node.dlq rect { fill: #fde3e3; }
  .node.stream rect { fill: #e4f5e8; } .node.function rect { fill: #efe6fb; } .node.shard rect { fill: #f0f9f2; } .node.mapping rect { fill: #fff7d6; } .node.other rect { fill: #eee; }
  .node .title { font-weight: 600; } .edge { stroke: #8a94a6; fill: none; } .edge.dead { stroke-dasharray: 4 3; stroke: #c55; }
  ul.alarms { list-style: none; padding: 0; margin: 0; }
  ul.alarms li { padding: .35rem .5rem; border-left: 4px solid #aaa; margin-bottom: .35rem; background: #fafafa; }
  ul.alarms li.ALARM { border-color: #d33; background: #fdecec; } ul.alarms li.OK { border-color: #2a2; }
  ul.alarms .reason { font-size: .8rem; color: #555; }
  .empty { color: #777; font-style: italic; } .hint { font-weight: normal; color: #777; }
  .diagram { overflow-x: auto; } .side { display: flex; flex-direction: column; gap: 1rem; }
  .node.peekable { cursor: pointer; } .node.peeked rect { stroke: #1d2330; stroke-width: 2; }
  #peek header { display: flex; background: none; color: inherit; padding: 0; gap: .5rem; }
  #peek header button { margin-left: auto; }
  #peek-items { max-height: 60vh; overflow-y: auto; }
  #peek .depth { font-size: .85rem; color: #555; margin-bottom: .5rem; }
  #peek article { border-top: 1px solid #e3e6eb; padding: .4rem 0; font-size: .8rem; }
  #failures .failure { border-left: 4px solid #2a2; padding: .35rem .5rem; margin-bottom: .35rem; background: #fafafa; cursor: pointer; }
  #failures .failure.failing { border-color: #d33; background: #fdecec; }
  #failures .meta, #failures li { font-size: .8rem; color: #555; overflow-wrap: anywhere; } #failures ul { margin: .2rem 0 0; padding-left: 1rem; }
  #peek .meta { color: #555; } #peek pre { margin: .3rem 0 0; background: #f6f7f9; padding: .4rem; overflow-x: auto; max-height: 14rem; }
</style>
</head>
<body>
<header><h1>eda — live architecture</h1><select id="place" aria-label="account and region"></select><span class="status" id="status">connecting…</span></header>
<main>
  <section class="diagram"><h2>Fan-out and stream <small class="hint">— click a queue, a stream or a shard to peek at its newest messages</small></h2><svg id="diagram" width="100%" height="200" role="img" aria-label="architecture diagram"></svg></section>
  <div class="side">
    <section id="peek" hidden><header><h2 id="peek-title"></h2><button id="peek-close" type="button">close</button></header><div class="depth" id="peek-depth"></div><div id="peek-items"></div></section>
    <section><h2>Recent failures</h2><div id="failures"></div></section>
    <section><h2>Alarms</h2><ul class="alarms" id="alarms"></ul></section>
  </div>
</main>
<script type="module">
const NS = "http://www.w3.org/2000/svg";
const W = 230, H = 58, GAP = 14, COL = 300;
let previous;
/** What the side panel shows: { arn, shard?, title }, or undefined while it is closed. */
let peeking;
const place = document.getElementById("place");

function el(name, attrs, parent) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  parent?.appendChild(node);
  return node;
}

function box(svg, x, y, kind, title, lines, id, peek) {
  const peeked = peek && peeking && peeking.arn === peek.arn && peeking.shard === peek.shard;
  const g = el("g", { class: "node " + kind + (peek ? " peekable" : "") + (peeked ? " peeked" : ""), transform: "translate(" + x + "," + y + ")", "data-id": id }, svg);
  if (peek) g.addEventListener("click", () => openPeek({ ...peek, title }));
  // A third line (a function's iterator age) takes some of the gap below the box.
  el("rect", { width: W, height: Math.max(H, 24 + lines.length * 14) }, g);
  const t = el("text", { x: 8, y: 18, class: "title" }, g);
  t.textContent = title;
  lines.forEach((line, i) => { const l = el("text", { x: 8, y: 34 + i * 14 }, g); l.textContent = line; });
  return { x, y };
}

function edge(svg, from, to, dead) {
  const x1 = from.x + W, y1 = from.y + H / 2, x2 = to.x, y2 = to.y + H / 2, mx = (x1 + x2) / 2;
  el("path", { class: "edge" + (dead ? " dead" : ""), d: "M" + x1 + "," + y1 + " C" + mx + "," + y1 + " " + mx + "," + y2 + " " + x2 + "," + y2 }, svg);
}

function rate(snapshot, namespace, resource, metric, region) {
  const key = region.accountId + "/" + region.region + "/" + namespace + "/" + resource;
  const now = snapshot.counters[key]?.[metric] ?? 0;
  if (!previous || previous.at >= snapshot.at) return { total: now, perSecond: 0 };
  const before = previous.counters[key]?.[metric] ?? 0;
  return { total: now, perSecond: ((now - before) * 1000) / (snapshot.at - previous.at) };
}
const fmt = (r) => r.total + " (" + r.perSecond.toFixed(1) + "/s)";

function draw(snapshot, region) {
  const svg = document.getElementById("diagram");
  svg.replaceChildren();
  const at = new Map();
  const queuesByArn = new Map(region.queues.map((q) => [q.arn, q]));
  const dlqArns = new Set(region.queues.flatMap((q) => (q.dlqArn ? [q.dlqArn] : [])));
  for (const t of region.topics) for (const s of t.subscriptions) if (s.dlqArn) dlqArns.add(s.dlqArn);
  const mappings = region.mappings ?? [];
  for (const m of mappings) if (m.onFailureArn) dlqArns.add(m.onFailureArn);
  const functionsByName = new Map((region.functions ?? []).map((fn) => [fn.name, fn]));
  let row = 0;
  const place = (column, kind, title, lines, id, peek, atRow = row) => {
    if (at.has(id)) return at.get(id);
    const spot = box(svg, 10 + column * COL, 10 + atRow * (H + GAP), kind, title, lines, id, peek);
    at.set(id, spot);
    return spot;
  };
  const queueBox = (column, q, atRow) =>
    place(column, dlqArns.has(q.arn) ? "dlq" : "queue", q.name, [
      "visible " + q.visible + "  in flight " + q.inFlight,
      "sent " + fmt(rate(snapshot, "AWS/SQS", q.name, "NumberOfMessagesSent", region)),
    ], q.arn, { arn: q.arn }, atRow);
  const functionLines = (fn) => {
    const invocations = rate(snapshot, "AWS/Lambda", fn.name, "Invocations", region);
    const errors = rate(snapshot, "AWS/Lambda", fn.name, "Errors", region);
    const age = snapshot.counters[region.accountId + "/" + region.region + "/AWS/Lambda/" + fn.name]?.IteratorAge;
    return [fn.runtime + "  " + fn.state, "invoked " + fmt(invocations) + "  errors " + errors.total, ...(age === undefined ? [] : ["iterator age " + age + " ms"])];
  };
  // A mapping, its function and its on-failure destination, in one row from the given column on.
  const mappingChain = (column, m, sources, atRow) => {
    const title = "mapping " + m.uuid.slice(0, 8);
    const spot = place(column, "mapping", title, [m.state + (m.batchSize ? "  batch " + m.batchSize : ""), "last " + (m.lastProcessingResult || "—")], "mapping/" + m.uuid, undefined, atRow);
    for (const source of sources) edge(svg, source, spot);
    const fn = functionsByName.get(m.functionName);
    const fnSpot = place(column + 1, "function", m.functionName, fn ? functionLines(fn) : ["not found"], fn ? fn.arn : m.functionArn, undefined, atRow);
    edge(svg, spot, fnSpot);
    if (!m.onFailureArn) return;
    const q = queuesByArn.get(m.onFailureArn);
    const failureSpot = q ? queueBox(column + 2, q, atRow) : place(column + 2, "other", "on failure", [m.onFailureArn.slice(-32)], m.onFailureArn, undefined, atRow);
    edge(svg, fnSpot, failureSpot, true);
  };
  const queueMappings = (queueSpot, q) => {
    for (const m of mappings) if (m.sourceArn === q.arn) { mappingChain(2, m, [queueSpot], row); row++; }
  };
  for (const topic of region.topics) {
    const published = rate(snapshot, "AWS/SNS", topic.name, "NumberOfMessagesPublished", region);
    const failed = rate(snapshot, "AWS/SNS", topic.name, "NumberOfNotificationsFailed", region);
    const t = place(0, "topic", topic.name, ["published " + fmt(published), "failed deliveries " + failed.total], topic.arn);
    for (const s of topic.subscriptions) {
      const q = queuesByArn.get(s.endpoint);
      const target = q ? queueBox(1, q) : place(1, "other", s.protocol, [s.endpoint.slice(-32)], s.arn);
      edge(svg, t, target);
      if (q?.dlqArn && queuesByArn.has(q.dlqArn)) { edge(svg, target, queueBox(2, queuesByArn.get(q.dlqArn)), true); }
      if (s.dlqArn && queuesByArn.has(s.dlqArn)) { row++; edge(svg, t, queueBox(2, queuesByArn.get(s.dlqArn)), true); }
      row++;
      if (q) queueMappings(target, q);
    }
    if (topic.subscriptions.length === 0) row++;
  }
  for (const q of region.queues) if (!at.has(q.arn) && !dlqArns.has(q.arn)) {
    const spot = queueBox(1, q);
    if (q.dlqArn && queuesByArn.has(q.dlqArn)) edge(svg, spot, queueBox(2, queuesByArn.get(q.dlqArn)), true);
    row++;
    queueMappings(spot, q);
  }
  // On-failure destinations are drawn beside their mapping's function, after the streams.
  const onFailureArns = new Set(mappings.flatMap((m) => (m.onFailureArn ? [m.onFailureArn] : [])));
  for (const q of region.queues) if (!at.has(q.arn) && !onFailureArns.has(q.arn)) { queueBox(2, q); row++; }
  for (const stream of region.streams) {
    const incoming = rate(snapshot, "AWS/Kinesis", stream.name, "IncomingRecords", region);
    const s = place(0, "stream", stream.name, [stream.status + "  " + stream.shards.filter((x) => x.open).length + " open shards", "records in " + fmt(incoming)], stream.arn, { arn: stream.arn });
    const top = row;
    const shardSpots = stream.shards.map((shard) => {
      const spot = place(1, "shard", shard.id, [shard.open ? "open" : "closed"], stream.arn + "/" + shard.id, { arn: stream.arn, shard: shard.id });
      edge(svg, s, spot);
      row++;
      return spot;
    });
    const reading = mappings.filter((m) => m.sourceArn === stream.arn);
    reading.forEach((m, i) => mappingChain(2, m, shardSpots.length > 0 ? shardSpots : [s], top + i));
    row = Math.max(row, top + reading.length, top + 1);
  }
  for (const m of mappings) if (!at.has("mapping/" + m.uuid)) { mappingChain(2, m, [], row); row++; }
  for (const q of region.queues) if (!at.has(q.arn)) { queueBox(2, q); row++; }
  for (const fn of region.functions ?? []) if (!at.has(fn.arn)) {
    place(0, "function", fn.name, functionLines(fn), fn.arn);
    row++;
  }
  if (at.size === 0) { const t = el("text", { x: 10, y: 24, class: "empty" }, svg); t.textContent = "No resources yet: apply the local environment or create some."; row = 1; }
  svg.setAttribute("height", String(20 + Math.max(row, 1) * (H + GAP)));
  // As wide as the columns drawn, so a narrow window scrolls the diagram instead of clipping it.
  svg.setAttribute("width", String(Math.max(300, ...[...at.values()].map((spot) => spot.x + W + 10))));
  const alarms = document.getElementById("alarms");
  alarms.replaceChildren(...region.alarms.map((a) => {
    const li = document.createElement("li");
    li.className = a.state;
    li.innerHTML = "<strong></strong> <span class=state></span><div class=reason></div>";
    li.querySelector("strong").textContent = a.name;
    li.querySelector(".state").textContent = a.state;
    li.querySelector(".reason").textContent = a.metric + " — " + a.reason;
    return li;
  }));
  if (region.alarms.length === 0) alarms.innerHTML = '<li class="empty">No alarms.</li>';
  drawFailures(region.failures ?? []);
}

const shortName = (arn) => arn.slice(Math.max(arn.lastIndexOf(":"), arn.lastIndexOf("/")) + 1);

function drawFailures(failures) {
  const list = document.getElementById("failures");
  list.replaceChildren(...failures.map((f) => {
    const div = document.createElement("div");
    div.className = "failure" + (f.visible + f.inFlight > 0 ? " failing" : "");
    div.dataset.arn = f.arn;
    const title = document.createElement("strong");
    title.textContent = f.name;
    const meta = document.createElement("div");
    meta.className = "meta";
    meta.textContent = "depth " + f.visible + " (" + f.inFlight + " in flight) · from " + f.sources.map(shortName).join(", ");
    const newest = document.createElement("ul");
    for (const m of f.newest) {
      const li = document.createElement("li");
      li.textContent = new Date(m.sentAt).toLocaleTimeString() + " · " + m.summary;
      newest.append(li);
    }
    div.append(title, meta, newest);
    div.addEventListener("click", () => openPeek({ arn: f.arn, title: f.name }));
    return div;
  }));
  if (failures.length === 0) list.innerHTML = '<p class="empty">No dead-letter or on-failure queues.</p>';
}

/** A body or record as text: JSON pretty-printed, with an SNS envelope's JSON Message unfolded too. */
function pretty(text) {
  try {
    const value = JSON.parse(text);
    if (value && value.Type === "Notification" && typeof value.Message === "string") {
      try { value.Message = JSON.parse(value.Message); } catch { /* a plain-text message stays as sent */ }
    }
    return JSON.stringify(value, null, 2);
  } catch {
    return text;
  }
}

function item(meta, body, extra) {
  const article = document.createElement("article");
  const line = document.createElement("div");
  line.className = "meta";
  line.textContent = meta;
  article.append(line);
  for (const text of extra) { const more = document.createElement("div"); more.className = "meta"; more.textContent = text; article.append(more); }
  const pre = document.createElement("pre");
  pre.textContent = body;
  article.append(pre);
  return article;
}

function drawPeek(view) {
  const items = document.getElementById("peek-items");
  const depth = document.getElementById("peek-depth");
  if (view.error) { depth.textContent = view.message; items.replaceChildren(); return; }
  const time = (ms) => new Date(ms).toLocaleTimeString();
  if (view.kind === "queue") {
    depth.textContent = "visible " + view.visible + "  in flight " + view.inFlight + "  delayed " + view.delayed + " — newest " + view.messages.length + " shown";
    items.replaceChildren(...view.messages.map((m) => item(
      m.messageId + " · " + m.state + " · received " + m.receiveCount + "× · sent " + time(m.sentAt),
      pretty(m.body),
      [
        ...Object.entries(m.attributes).map(([name, a]) => name + " (" + a.DataType + "): " + (a.StringValue ?? a.BinaryValue ?? "")),
        ...(m.groupId ? ["group " + m.groupId + " · sequence " + m.sequenceNumber] : []),
        ...(m.deadLetterSourceArn ? ["dead-lettered from " + m.deadLetterSourceArn.slice(m.deadLetterSourceArn.lastIndexOf(":") + 1)] : []),
      ],
    )));
    if (view.messages.length === 0) items.innerHTML = '<p class="empty">The queue is empty.</p>';
  } else {
    depth.textContent = "newest " + view.records.length + " records" + (view.shardId ? " of " + view.shardId : " across the shards");
    items.replaceChildren(...view.records.map((r) => item(
      r.shardId + " · " + r.sequenceNumber + " · arrived " + time(r.arrivedAt),
      r.encoding === "utf8" ? pretty(r.data) : r.data,
      ["partition key " + r.partitionKey + (r.encoding === "base64" ? " · binary data, base64" : "")],
    )));
    if (view.records.length === 0) items.innerHTML = '<p class="empty">No records within the retention period.</p>';
  }
}

async function refreshPeek() {
  const panel = document.getElementById("peek");
  panel.hidden = !peeking;
  if (!peeking) return;
  document.getElementById("peek-title").textContent = peeking.title;
  const query = new URLSearchParams({ arn: peeking.arn, limit: "10", ...(peeking.shard ? { shard: peeking.shard } : {}) });
  const asked = peeking;
  const view = await (await fetch("/_eda/ui/peek?" + query)).json();
  if (asked === peeking) drawPeek(view);
}

function openPeek(target) {
  peeking = target;
  refresh();
}
document.getElementById("peek-close").addEventListener("click", () => { peeking = undefined; refresh(); });

async function refresh() {
  try {
    const snapshot = await (await fetch("/_eda/ui/snapshot")).json();
    const keys = snapshot.regions.map((r) => r.accountId + " " + r.region);
    if ([...place.options].map((o) => o.value).join() !== keys.join()) {
      const chosen = place.value;
      place.replaceChildren(...keys.map((k) => new Option(k, k)));
      if (keys.includes(chosen)) place.value = chosen;
    }
    const region = snapshot.regions.find((r) => r.accountId + " " + r.region === place.value) ?? snapshot.regions[0];
    if (region) draw(snapshot, region); else draw(snapshot, { accountId: "", region: "", topics: [], queues: [], streams: [], alarms: [], functions: [], mappings: [], failures: [] });
    await refreshPeek();
    document.getElementById("status").textContent = "updated " + new Date(snapshot.at).toLocaleTimeString();
    previous = snapshot;
  } catch (error) {
    document.getElementById("status").textContent = "emulator unreachable: " + error.message;
  }
}
place.addEventListener("change", refresh);
refresh();
setInterval(refresh, 1000);
</script>
</body>
</html>
`;
