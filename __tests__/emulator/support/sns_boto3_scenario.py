"""A few SNS calls with Debian's boto3 1.26 (query protocol) against the emulator; prints what it saw as JSON.

Usage: /usr/bin/python3 sns_boto3_scenario.py <endpoint> <queue-arn>
"""

import json
import sys

import boto3
from botocore.exceptions import ClientError

endpoint, queue_arn = sys.argv[1], sys.argv[2]
sns = boto3.client(
    "sns",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="AKIDEXAMPLE",
    aws_secret_access_key="secret",
)
topic_arn = sns.create_topic(Name="boto3-topic", Attributes={"DisplayName": "from boto3"})["TopicArn"]
subscription_arn = sns.subscribe(
    TopicArn=topic_arn,
    Protocol="sqs",
    Endpoint=queue_arn,
    Attributes={"RawMessageDelivery": "true", "FilterPolicy": json.dumps({"kind": ["keep"]})},
)["SubscriptionArn"]
published = sns.publish_batch(
    TopicArn=topic_arn,
    PublishBatchRequestEntries=[
        {"Id": "keep", "Message": "kept", "MessageAttributes": {"kind": {"DataType": "String", "StringValue": "keep"}}},
        {"Id": "drop", "Message": "dropped", "MessageAttributes": {"kind": {"DataType": "String", "StringValue": "drop"}}},
        {"Id": "bad", "Message": ""},
    ],
)
try:
    sns.get_topic_attributes(TopicArn=topic_arn + "-missing")
    missing = None
except ClientError as error:
    missing = {"code": error.response["Error"]["Code"], "status": error.response["ResponseMetadata"]["HTTPStatusCode"]}
print(
    json.dumps(
        {
            "topicArn": topic_arn,
            "displayName": sns.get_topic_attributes(TopicArn=topic_arn)["Attributes"]["DisplayName"],
            "subscriptionArn": subscription_arn,
            "successful": sorted(entry["Id"] for entry in published["Successful"]),
            "failed": [{"Id": f["Id"], "Code": f["Code"], "SenderFault": f["SenderFault"]} for f in published["Failed"]],
            "subscriptions": [s["SubscriptionArn"] for s in sns.list_subscriptions_by_topic(TopicArn=topic_arn)["Subscriptions"]],
            "missing": missing,
        }
    )
)
