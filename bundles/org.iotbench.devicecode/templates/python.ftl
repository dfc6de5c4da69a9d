#!/usr/bin/env python3
"""Python device for IoT Workbench: client ${clientIdText} at ${hostText}.

Written by IoT Workbench. Needs paho-mqtt (pip install paho-mqtt, or the Debian /
Raspberry Pi OS package python3-paho-mqtt); works with paho-mqtt 1.x and 2.x.

It publishes a reading to ${telemetryText} every ${interval} s,
says "online" on ${statusText} (and "offline" as its last will),
and answers every message it gets on ${commandText} on the status topic.
paho reconnects by itself and subscribes again after each reconnect.
"""
import json
<#if tls>
import os
import ssl
import tempfile
</#if>
import time

import paho.mqtt.client as mqtt

MQTT_BROKER = ${host}
MQTT_PORT = ${port}
MQTT_CLIENT_ID = ${clientId}
MQTT_PASSWORD = ${password}<#if !passwordGiven>  # the password you registered for this client</#if>
KEEP_ALIVE = ${keepAlive}  # seconds
INTERVAL = ${interval}  # seconds between two readings

TOPIC_TELEMETRY = ${telemetryTopic}
TOPIC_STATUS = ${statusTopic}
TOPIC_COMMANDS = ${commandTopic}
<#if tls>

# The broker's certificate
CA_CERT = """<#list pemLines as line>${line}
</#list>"""
</#if>


def on_connect(client, userdata, flags, rc, properties=None):
    if rc == 0:
        print("connected to", MQTT_BROKER, "as", MQTT_CLIENT_ID, flush=True)
        client.publish(TOPIC_STATUS, "online", qos=1, retain=True)
        client.subscribe(TOPIC_COMMANDS, qos=1)
    else:
        # 4: wrong client ID or password, 5: not allowed (disabled in IoT Workbench?)
        print("the broker refused the connection:", rc, flush=True)


def on_disconnect(client, userdata, *args):
    print("disconnected; paho reconnects by itself", flush=True)


def on_message(client, userdata, message):
    payload = message.payload.decode("utf-8", "replace")
    print("command on", message.topic, ":", payload, flush=True)
    client.publish(TOPIC_STATUS, "received " + payload, qos=1)


def new_client():
    try:  # paho-mqtt 2.x
        return mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=MQTT_CLIENT_ID, clean_session=True)
    except AttributeError:  # paho-mqtt 1.x
        return mqtt.Client(client_id=MQTT_CLIENT_ID, clean_session=True)


def main():
    client = new_client()
    client.username_pw_set(MQTT_CLIENT_ID, MQTT_PASSWORD)
    client.will_set(TOPIC_STATUS, "offline", qos=1, retain=True)
<#if tls>
    with tempfile.NamedTemporaryFile("w", suffix=".pem", delete=False) as ca_file:
        ca_file.write(CA_CERT)
    client.tls_set(ca_certs=ca_file.name, cert_reqs=ssl.CERT_REQUIRED)
    os.unlink(ca_file.name)
</#if>
    client.on_connect = on_connect
    client.on_disconnect = on_disconnect
    client.on_message = on_message
    client.reconnect_delay_set(min_delay=1, max_delay=30)
    client.connect_async(MQTT_BROKER, MQTT_PORT, keepalive=KEEP_ALIVE)
    client.loop_start()
    started = time.time()
    count = 0
    try:
        while True:
            if client.is_connected():
                count += 1
                reading = {"count": count, "uptime_s": int(time.time() - started)}
                client.publish(TOPIC_TELEMETRY, json.dumps(reading), qos=1)
            time.sleep(INTERVAL)
    except KeyboardInterrupt:
        pass
    finally:
        client.publish(TOPIC_STATUS, "offline", qos=1, retain=True).wait_for_publish(2)
        client.disconnect()
        client.loop_stop()


if __name__ == "__main__":
    main()
