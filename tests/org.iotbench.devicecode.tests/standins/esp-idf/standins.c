/*
 * What the stand-ins do: print each MQTT call and the client's configuration on standard output, one per line, and
 * run app_main() for a while: Wi-Fi connects at once, the MQTT client connects when started, a command "hello"
 * arrives on the subscribed topic after the first reading, and the program ends at the fourth delay.
 */
#include <stdlib.h>
#include <string.h>
#include "esp_event.h"
#include "esp_netif.h"
#include "esp_timer.h"
#include "esp_wifi.h"
#include "freertos/event_groups.h"
#include "freertos/task.h"
#include "mqtt_client.h"
#include "nvs_flash.h"

esp_event_base_t const WIFI_EVENT = "WIFI_EVENT";
esp_event_base_t const IP_EVENT = "IP_EVENT";

struct EventGroupDef_t { EventBits_t bits; };
struct esp_mqtt_client { esp_event_handler_t handler; void *arg; char subscribed[256]; };

static esp_event_handler_t wifi_handler;
static esp_event_handler_t ip_handler;
static struct esp_mqtt_client the_client;
static int delays;
static int64_t now_us;

void app_main(void);

esp_err_t nvs_flash_init(void) { return ESP_OK; }
esp_err_t nvs_flash_erase(void) { return ESP_OK; }
esp_err_t esp_netif_init(void) { return ESP_OK; }
esp_netif_t *esp_netif_create_default_wifi_sta(void) { return NULL; }
esp_err_t esp_event_loop_create_default(void) { return ESP_OK; }
int64_t esp_timer_get_time(void) { return now_us; }

esp_err_t esp_event_handler_register(esp_event_base_t base, int32_t id, esp_event_handler_t handler, void *arg)
{
    if (base == WIFI_EVENT) {
        wifi_handler = handler;
    } else if (base == IP_EVENT) {
        ip_handler = handler;
    }
    return ESP_OK;
}

esp_err_t esp_wifi_init(const wifi_init_config_t *config) { return ESP_OK; }
esp_err_t esp_wifi_set_mode(wifi_mode_t mode) { return ESP_OK; }
esp_err_t esp_wifi_set_config(wifi_interface_t interface, wifi_config_t *conf)
{
    printf("wifi %.32s %.64s\n", (const char *) conf->sta.ssid, (const char *) conf->sta.password);
    return ESP_OK;
}
esp_err_t esp_wifi_start(void)
{
    wifi_handler(NULL, WIFI_EVENT, WIFI_EVENT_STA_START, NULL);
    return ESP_OK;
}
esp_err_t esp_wifi_connect(void)
{
    ip_handler(NULL, IP_EVENT, IP_EVENT_STA_GOT_IP, NULL);
    return ESP_OK;
}

EventGroupHandle_t xEventGroupCreate(void) { return calloc(1, sizeof(struct EventGroupDef_t)); }
EventBits_t xEventGroupSetBits(EventGroupHandle_t group, const EventBits_t bits) { return group->bits |= bits; }
EventBits_t xEventGroupClearBits(EventGroupHandle_t group, const EventBits_t bits) { return group->bits &= ~bits; }
EventBits_t xEventGroupWaitBits(EventGroupHandle_t group, const EventBits_t bits, const BaseType_t clear,
                                const BaseType_t all, TickType_t wait)
{
    if ((group->bits & bits) != bits) {
        fprintf(stderr, "waiting for bits that nothing will set\n");
        abort();
    }
    return group->bits;
}

esp_mqtt_client_handle_t esp_mqtt_client_init(const esp_mqtt_client_config_t *c)
{
    printf("uri %s\n", c->broker.address.uri);
    printf("client_id %s\n", c->credentials.client_id);
    printf("username %s\n", c->credentials.username);
    printf("password %s\n", c->credentials.authentication.password);
    printf("keepalive %d\n", c->session.keepalive);
    printf("will %s qos=%d retain=%d %s\n", c->session.last_will.topic, c->session.last_will.qos,
           c->session.last_will.retain, c->session.last_will.msg);
    if (c->broker.verification.certificate != NULL) {
        printf("cacert %zu bytes %.27s\n", strlen(c->broker.verification.certificate),
               c->broker.verification.certificate);
    }
    return &the_client;
}

esp_err_t esp_mqtt_client_register_event(esp_mqtt_client_handle_t client, esp_mqtt_event_id_t event,
                                         esp_event_handler_t handler, void *arg)
{
    client->handler = handler;
    client->arg = arg;
    return ESP_OK;
}

static void dispatch(esp_mqtt_event_id_t id, const char *topic, const char *data)
{
    esp_mqtt_error_codes_t error = { MQTT_ERROR_TYPE_NONE, 0 };
    esp_mqtt_event_t event = { .event_id = id, .client = &the_client, .error_handle = &error };
    if (topic != NULL) {
        event.topic = (char *) topic;
        event.topic_len = (int) strlen(topic);
        event.data = (char *) data;
        event.data_len = (int) strlen(data);
    }
    the_client.handler(the_client.arg, "MQTT_EVENTS", id, &event);
}

esp_err_t esp_mqtt_client_start(esp_mqtt_client_handle_t client)
{
    dispatch(MQTT_EVENT_CONNECTED, NULL, NULL);
    return ESP_OK;
}

int esp_mqtt_client_publish(esp_mqtt_client_handle_t client, const char *topic, const char *data, int len, int qos,
                            int retain)
{
    printf("publish %s qos=%d retain=%d %.*s\n", topic, qos, retain, len == 0 ? (int) strlen(data) : len, data);
    return 1;
}

int esp_mqtt_client_subscribe(esp_mqtt_client_handle_t client, const char *topic, int qos)
{
    printf("subscribe %s qos=%d\n", topic, qos);
    snprintf(client->subscribed, sizeof(client->subscribed), "%s", topic);
    return 1;
}

void vTaskDelay(const TickType_t ticks)
{
    now_us += (int64_t) ticks * 1000;
    if (++delays == 1) {
        dispatch(MQTT_EVENT_DATA, the_client.subscribed, "hello");
    } else if (delays == 4) {
        exit(0);
    }
}

int main(void)
{
    app_main();
    return 1;
}
