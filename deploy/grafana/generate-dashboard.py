#!/usr/bin/env python3
"""Writes deploy/grafana/pipeline-dashboard.json: python3 deploy/grafana/generate-dashboard.py > deploy/grafana/pipeline-dashboard.json

The panels use the metrics the services really expose at /q/metrics (checked against running services)."""
import json
DS = {"type": "prometheus", "uid": "prometheus"}
panels = []
pid = [0]
def panel(title, targets, x, y, w=12, h=8, kind="timeseries", unit=None, desc="", stack=False, decimals=None):
    pid[0] += 1
    p = {"id": pid[0], "type": kind, "title": title, "description": desc, "datasource": DS,
         "gridPos": {"x": x, "y": y, "w": w, "h": h},
         "targets": [dict({"datasource": DS, "refId": chr(65 + i), "editorMode": "code", "range": True}, **t) for i, t in enumerate(targets)],
         "fieldConfig": {"defaults": {}, "overrides": []}, "options": {}}
    if unit: p["fieldConfig"]["defaults"]["unit"] = unit
    if decimals is not None: p["fieldConfig"]["defaults"]["decimals"] = decimals
    if kind == "timeseries":
        p["fieldConfig"]["defaults"]["custom"] = {"drawStyle": "line", "lineWidth": 1, "fillOpacity": 10, "showPoints": "never",
                                                   "stacking": {"mode": "normal" if stack else "none", "group": "A"}}
        p["options"] = {"legend": {"displayMode": "table", "placement": "bottom", "calcs": ["lastNotNull", "max"]},
                        "tooltip": {"mode": "multi", "sort": "desc"}}
    if kind == "stat":
        p["options"] = {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                        "colorMode": "value", "graphMode": "area", "textMode": "auto", "justifyMode": "auto", "orientation": "auto"}
        p["fieldConfig"]["defaults"]["color"] = {"mode": "thresholds"}
        p["fieldConfig"]["defaults"]["noValue"] = "0"
        p["fieldConfig"]["defaults"]["thresholds"] = {"mode": "absolute", "steps": [{"color": "green", "value": None}, {"color": "red", "value": 1}]}
        for t in p["targets"]:
            t["range"] = False; t["instant"] = True
    panels.append(p)
    return p
def row(title, y):
    pid[0] += 1
    panels.append({"id": pid[0], "type": "row", "title": title, "collapsed": False, "gridPos": {"x": 0, "y": y, "w": 24, "h": 1}, "panels": []})

JOBS = 'job=~"$service"'
row("Overview", 0)
p = panel("Processed in range", [{"expr": f'sum by (stage) (increase(pipeline_stage_processed_total{{{JOBS}}}[$__range]))', "legendFormat": "{{stage}}"}], 0, 1, w=8, h=5, kind="stat", decimals=0,
      desc="Events each stage handled (pipeline_stage_processed_total), over the dashboard's time range.")
p["fieldConfig"]["defaults"]["thresholds"]["steps"] = [{"color": "green", "value": None}]
panel("Failed in range", [{"expr": f'sum by (stage) (increase(pipeline_stage_failed_total{{{JOBS}}}[$__range]))', "legendFormat": "{{stage}}"}], 8, 1, w=4, h=5, kind="stat", decimals=0,
      desc="pipeline_stage_failed_total: records a stage rejected (ingest: EMPTY, BINARY, TOO_LARGE, ...). Absent until the first failure.")
panel("Dead-lettered in range", [{"expr": f'sum by (topic) (increase(kafka_producer_topic_record_send_total{{{JOBS},topic=~".+[.]dlq"}}[$__range]))', "legendFormat": "{{topic}}"}], 12, 1, w=4, h=5, kind="stat", decimals=0,
      desc="Records sent to a <topic>.dlq by the consumers' dead-letter producers (kafka_producer_topic_record_send_total of the .dlq topics; absent until the first dead letter).")
panel("Outbox pending", [{"expr": f'sum(pipeline_outbox_pending{{{JOBS}}})', "legendFormat": "pending"}], 16, 1, w=4, h=5, kind="stat", decimals=0,
      desc="Committed outbox rows not yet sent to Kafka (pipeline_outbox_pending), all services.")
p = panel("Instances up", [{"expr": f'sum by (job) (up{{{JOBS}}})', "legendFormat": "{{job}}"}], 20, 1, w=4, h=5, kind="stat", decimals=0,
      desc="Scraped replicas per service.")
p["fieldConfig"]["defaults"]["thresholds"]["steps"] = [{"color": "red", "value": None}, {"color": "green", "value": 1}]

row("Stages", 6)
panel("Processed per second", [
    {"expr": f'sum by (stage) (rate(pipeline_stage_processed_total{{{JOBS}}}[5m]))', "legendFormat": "{{stage}} processed"},
    {"expr": f'sum by (stage) (rate(pipeline_stage_duplicates_total{{{JOBS}}}[5m]))', "legendFormat": "{{stage}} duplicates"}], 0, 7, unit="ops",
    desc="pipeline_stage_processed_total and pipeline_stage_duplicates_total (redelivered events that changed nothing).")
panel("Failed and dead-lettered per second", [
    {"expr": f'sum by (stage) (rate(pipeline_stage_failed_total{{{JOBS}}}[5m]))', "legendFormat": "{{stage}} failed"},
    {"expr": f'sum by (topic) (rate(kafka_producer_topic_record_send_total{{{JOBS},topic=~".+[.]dlq"}}[5m]))', "legendFormat": "to {{topic}}"}], 12, 7, unit="ops")
panel("Stage duration p50 / p95", [
    {"expr": f'histogram_quantile(0.5, sum by (le, stage) (rate(pipeline_stage_duration_seconds_bucket{{{JOBS}}}[5m])))', "legendFormat": "{{stage}} p50"},
    {"expr": f'histogram_quantile(0.95, sum by (le, stage) (rate(pipeline_stage_duration_seconds_bucket{{{JOBS}}}[5m])))', "legendFormat": "{{stage}} p95"}], 0, 15, unit="s",
    desc="pipeline_stage_duration_seconds histogram: ingest = parsing, segment = segmentation and enrichment, publish = summaries.")
panel("Stage duration max", [
    {"expr": f'max by (stage) (pipeline_stage_duration_seconds_max{{{JOBS}}})', "legendFormat": "{{stage}}"}], 12, 15, unit="s")

row("Kafka and outbox", 23)
panel("Consumer lag (max records behind, per channel)", [
    {"expr": f'max by (job, client_id) (kafka_consumer_fetch_manager_records_lag_max{{{JOBS}}})', "legendFormat": "{{job}} {{client_id}}"}], 0, 24,
    desc="kafka_consumer_fetch_manager_records_lag_max of each consumer (client_id kafka-consumer-<channel>): the largest partition lag seen in the sample window. Scale a service (and raise partitions) when it grows steadily.")
panel("Records consumed per second", [
    {"expr": f'sum by (job, client_id) (rate(kafka_consumer_fetch_manager_records_consumed_total{{{JOBS}}}[5m]))', "legendFormat": "{{job}} {{client_id}}"}], 12, 24, unit="ops")
panel("Outbox pending / parked per instance", [
    {"expr": f'pipeline_outbox_pending{{{JOBS}}}', "legendFormat": "{{job}} {{instance}} pending"},
    {"expr": f'pipeline_outbox_parked{{{JOBS}}}', "legendFormat": "{{job}} {{instance}} parked"}], 0, 32,
    desc="pipeline_outbox_pending: rows written with the state change but not yet relayed to Kafka; grows when Kafka is unreachable. "
         "pipeline_outbox_parked: rows Kafka refused for a reason of their own (too large, unreadable, no sender), set aside so the rows "
         "behind them go out; each waits for an operator (docs/deployment.md, Parked events).")
panel("Outbox sent / failed per second", [
    {"expr": f'sum by (job) (rate(pipeline_outbox_sent_total{{{JOBS}}}[5m]))', "legendFormat": "{{job}} sent"},
    {"expr": f'sum by (job) (rate(pipeline_outbox_failed_total{{{JOBS}}}[5m]))', "legendFormat": "{{job}} failed"}], 12, 32, unit="ops")

row("HTTP and JVM", 40)
panel("HTTP requests per second by status", [
    {"expr": f'sum by (job, status) (rate(http_server_requests_seconds_count{{{JOBS},uri!~"/q/.*"}}[5m]))', "legendFormat": "{{job}} {{status}}"}], 0, 41, unit="reqps")
panel("JVM heap used", [
    {"expr": f'sum by (job, instance) (jvm_memory_used_bytes{{{JOBS},area="heap"}})', "legendFormat": "{{job}} {{instance}}"}], 12, 41, unit="bytes")

dash = {
    "uid": "media-pipeline", "title": "Broadcast transcript pipeline", "tags": ["pipeline", "kafka", "quarkus"],
    "timezone": "browser", "schemaVersion": 39, "version": 1, "editable": True, "graphTooltip": 1,
    "refresh": "30s", "time": {"from": "now-1h", "to": "now"},
    "templating": {"list": [{
        "name": "service", "label": "service", "type": "custom", "multi": True, "includeAll": True,
        "query": "ingest-service,segment-service,publish-service",
        "current": {"selected": True, "text": ["All"], "value": ["$__all"]},
        "allValue": "ingest-service|segment-service|publish-service",
        "options": []}]},
    "annotations": {"list": []},
    "panels": panels,
}
print(json.dumps(dash, indent=2))
