/*
 * ESP-IDF device for IoT Workbench: client ${clientIdText} at ${hostText}
 * Written by IoT Workbench for ESP-IDF 5 with its esp-mqtt component (built in).
 * Put it in main/main.c of a project (idf.py create-project), fill in your
 * Wi-Fi, then idf.py build flash monitor.
 *
 * It publishes a reading to ${telemetryText} every ${interval} s,
 * says "online" on ${statusText} (and "offline" as its last will),
 * and answers every message it gets on ${commandText} on the status topic.
 * esp-mqtt reconnects by itself; the subscription is renewed on every connect.
 */
#include <stdio.h>
#include <string.h>

#include "esp_event.h"
#include "esp_log.h"
#include "esp_netif.h"
#include "esp_timer.h"
#include "esp_wifi.h"
#include "freertos/FreeRTOS.h"
#include "freertos/event_groups.h"
#include "freertos/task.h"
#include "mqtt_client.h"
#include "nvs_flash.h"

#define WIFI_SSID ${wifiSsid}
#define WIFI_PASSWORD ${wifiPassword}

#define MQTT_URI ${uri}
#define MQTT_CLIENT_ID ${clientId}
#define MQTT_PASSWORD ${password}<#if !passwordGiven> /* the password you registered for this client */</#if>
#define KEEP_ALIVE_S ${keepAlive}
#define INTERVAL_S ${interval}

#define TOPIC_TELEMETRY ${telemetryTopic}
#define TOPIC_STATUS ${statusTopic}
#define TOPIC_COMMANDS ${commandTopic}
<#if tls>

/* The broker's certificate */
static const char CA_CERT[] =
<#list quotedPemLines as line>
    ${line}<#if !line?has_next>;</#if>
</#list>
</#if>

static const char *TAG = "iotbench";
static EventGroupHandle_t wifi_events;
#define WIFI_CONNECTED_BIT BIT0

static void on_wifi_event(void *arg, esp_event_base_t base, int32_t id, void *data)
{
    if (base == WIFI_EVENT && (id == WIFI_EVENT_STA_START || id == WIFI_EVENT_STA_DISCONNECTED)) {
        xEventGroupClearBits(wifi_events, WIFI_CONNECTED_BIT);
        esp_wifi_connect();
    } else if (base == IP_EVENT && id == IP_EVENT_STA_GOT_IP) {
        ESP_LOGI(TAG, "Wi-Fi connected");
        xEventGroupSetBits(wifi_events, WIFI_CONNECTED_BIT);
    }
}

static void connect_wifi(void)
{
    wifi_events = xEventGroupCreate();
    ESP_ERROR_CHECK(esp_netif_init());
    ESP_ERROR_CHECK(esp_event_loop_create_default());
    esp_netif_create_default_wifi_sta();
    wifi_init_config_t init = WIFI_INIT_CONFIG_DEFAULT();
    ESP_ERROR_CHECK(esp_wifi_init(&init));
    ESP_ERROR_CHECK(esp_event_handler_register(WIFI_EVENT, ESP_EVENT_ANY_ID, on_wifi_event, NULL));
    ESP_ERROR_CHECK(esp_event_handler_register(IP_EVENT, IP_EVENT_STA_GOT_IP, on_wifi_event, NULL));
    wifi_config_t config = { 0 };
    strncpy((char *) config.sta.ssid, WIFI_SSID, sizeof(config.sta.ssid));
    strncpy((char *) config.sta.password, WIFI_PASSWORD, sizeof(config.sta.password));
    ESP_ERROR_CHECK(esp_wifi_set_mode(WIFI_MODE_STA));
    ESP_ERROR_CHECK(esp_wifi_set_config(WIFI_IF_STA, &config));
    ESP_ERROR_CHECK(esp_wifi_start());
    xEventGroupWaitBits(wifi_events, WIFI_CONNECTED_BIT, pdFALSE, pdTRUE, portMAX_DELAY);
}

static void on_mqtt_event(void *arg, esp_event_base_t base, int32_t id, void *data)
{
    esp_mqtt_event_handle_t event = data;
    char answer[128];
    switch ((esp_mqtt_event_id_t) id) {
    case MQTT_EVENT_CONNECTED:
        ESP_LOGI(TAG, "MQTT connected");
        esp_mqtt_client_publish(event->client, TOPIC_STATUS, "online", 0, 1, 1);
        esp_mqtt_client_subscribe(event->client, TOPIC_COMMANDS, 1);
        break;
    case MQTT_EVENT_DISCONNECTED:
        ESP_LOGW(TAG, "MQTT disconnected; esp-mqtt reconnects by itself");
        break;
    case MQTT_EVENT_DATA:
        ESP_LOGI(TAG, "command on %.*s: %.*s", event->topic_len, event->topic, event->data_len, event->data);
        snprintf(answer, sizeof(answer), "received %.*s", event->data_len, event->data);
        esp_mqtt_client_publish(event->client, TOPIC_STATUS, answer, 0, 1, 0);
        break;
    case MQTT_EVENT_ERROR:
        /* a refused connection: wrong client ID or password, or disabled in IoT Workbench */
        if (event->error_handle->error_type == MQTT_ERROR_TYPE_CONNECTION_REFUSED) {
            ESP_LOGE(TAG, "the broker refused the connection: %d", event->error_handle->connect_return_code);
        }
        break;
    default:
        break;
    }
}

void app_main(void)
{
    esp_err_t nvs = nvs_flash_init();
    if (nvs == ESP_ERR_NVS_NO_FREE_PAGES || nvs == ESP_ERR_NVS_NEW_VERSION_FOUND) {
        ESP_ERROR_CHECK(nvs_flash_erase());
        nvs = nvs_flash_init();
    }
    ESP_ERROR_CHECK(nvs);
    connect_wifi();

    esp_mqtt_client_config_t config = {
        .broker.address.uri = MQTT_URI,
<#if tls>
        .broker.verification.certificate = CA_CERT,
</#if>
        .credentials.client_id = MQTT_CLIENT_ID,
        .credentials.username = MQTT_CLIENT_ID,
        .credentials.authentication.password = MQTT_PASSWORD,
        .session.keepalive = KEEP_ALIVE_S,
        .session.last_will.topic = TOPIC_STATUS,
        .session.last_will.msg = "offline",
        .session.last_will.qos = 1,
        .session.last_will.retain = 1,
    };
    esp_mqtt_client_handle_t client = esp_mqtt_client_init(&config);
    esp_mqtt_client_register_event(client, ESP_EVENT_ANY_ID, on_mqtt_event, NULL);
    esp_mqtt_client_start(client);

    unsigned long count = 0;
    char reading[64];
    while (1) {
        count++;
        snprintf(reading, sizeof(reading), "{\"count\": %lu, \"uptime_s\": %lld}", count,
                 (long long) (esp_timer_get_time() / 1000000));
        esp_mqtt_client_publish(client, TOPIC_TELEMETRY, reading, 0, 1, 0);
        vTaskDelay(pdMS_TO_TICKS(INTERVAL_S * 1000));
    }
}
