# MicroPython device for IoT Workbench: client ${clientIdText} at ${hostText}
# Written by IoT Workbench. Copy it to the board as main.py (Thonny, mpremote or
# rshell), fill in your Wi-Fi below, and reset the board.
#
# It publishes a reading to ${telemetryText} every ${interval} s,
# says "online" on ${statusText} (and "offline" as its last will),
# and answers every message it gets on ${commandText} on the status topic.
# It reconnects by itself after Wi-Fi or the broker goes away.
import time

import machine
import network
<#if tls>
import ssl
</#if>
from umqtt.simple import MQTTClient, MQTTException

WIFI_SSID = ${wifiSsid}
WIFI_PASSWORD = ${wifiPassword}

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

# The broker's certificate (MicroPython 1.23 or later for ssl.SSLContext)
CA_CERT = """<#list pemLines as line>${line}
</#list>"""
</#if>

count = 0


def connect_wifi():
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    if not wlan.isconnected():
        print("Wi-Fi: connecting to", WIFI_SSID)
        wlan.connect(WIFI_SSID, WIFI_PASSWORD)
        deadline = time.time() + 30
        while not wlan.isconnected():
            if time.time() > deadline:
                print("Wi-Fi: no connection after 30 s, restarting the board")
                machine.reset()
            time.sleep(0.5)
    print("Wi-Fi: connected", wlan.ifconfig()[0])


def on_message(topic, msg):
    print("command on", topic, ":", msg)
    client.publish(TOPIC_STATUS, b"received " + msg)


def connect_mqtt():
<#if tls>
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=CA_CERT)
    mqtt = MQTTClient(MQTT_CLIENT_ID, MQTT_BROKER, port=MQTT_PORT, user=MQTT_CLIENT_ID,
                      password=MQTT_PASSWORD, keepalive=KEEP_ALIVE, ssl=context)
<#else>
    mqtt = MQTTClient(MQTT_CLIENT_ID, MQTT_BROKER, port=MQTT_PORT, user=MQTT_CLIENT_ID,
                      password=MQTT_PASSWORD, keepalive=KEEP_ALIVE)
</#if>
    mqtt.set_callback(on_message)
    mqtt.set_last_will(TOPIC_STATUS, b"offline", retain=True)
    mqtt.connect()
    mqtt.publish(TOPIC_STATUS, b"online", retain=True)
    mqtt.subscribe(TOPIC_COMMANDS)
    print("MQTT: connected to", MQTT_BROKER, "as", MQTT_CLIENT_ID)
    return mqtt


def publish_reading():
    global count
    count += 1
    reading = '{"count": %d, "uptime_s": %d}' % (count, time.time() - started)
    client.publish(TOPIC_TELEMETRY, reading)


started = time.time()
client = None
while True:
    try:
        connect_wifi()
        client = connect_mqtt()
        last_reading = time.time() - INTERVAL
        last_ping = time.time()
        while True:
            client.check_msg()
            now = time.time()
            if now - last_reading >= INTERVAL:
                publish_reading()
                last_reading = now
                last_ping = now
            elif now - last_ping >= KEEP_ALIVE // 2:
                client.ping()
                last_ping = now
            time.sleep(0.1)
    except MQTTException as e:
        # 4: wrong client ID or password, 5: not allowed (disabled in IoT Workbench?)
        print("the broker refused the connection, code", e, "- trying again in 5 s")
        time.sleep(5)
    except OSError as e:
        print("connection lost:", e, "- trying again in 5 s")
        try:
            client.disconnect()
        except Exception:
            pass
        time.sleep(5)
