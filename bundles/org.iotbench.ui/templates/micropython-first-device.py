# IoT Workbench: the seed's MicroPython example for an ESP32, filled in for this computer's broker.
import network, time
from umqtt.simple import MQTTClient

WIFI_SSID = "your_wifi_ssid"
WIFI_PASSWORD = "your_wifi_pwd"

MQTT_BROKER = "${host}"          # the address in the Broker view
MQTT_PORT = ${port}
MQTT_CLIENT_ID = "${clientId}"   # the registered client ID
MQTT_CLIENT_PWD = "${password}"  # its password (shown once when you registered it)
MQTT_TOPIC1 = "test/esp32"
MQTT_TOPIC2 = "test/esp32/count"
count = 0

def connect_wifi():
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    wlan.connect(WIFI_SSID, WIFI_PASSWORD)
    while not wlan.isconnected():
        time.sleep(0.5)

def connect_mqtt():
    # user name = client ID (an empty user name works too); any other user name is refused
    client = MQTTClient(MQTT_CLIENT_ID, MQTT_BROKER, port=MQTT_PORT,
                        user=MQTT_CLIENT_ID, password=MQTT_CLIENT_PWD)
    client.connect()
    return client

def publish_mqtt(client):
    global count
    client.publish(MQTT_TOPIC1, "Hello from ESP32")
    client.publish(MQTT_TOPIC2, str(count))
    count += 1

connect_wifi()
client = connect_mqtt()
while client:
    publish_mqtt(client)
    time.sleep(3)
