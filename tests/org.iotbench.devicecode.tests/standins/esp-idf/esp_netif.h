/* Stand-in for ESP-IDF 5's esp_netif.h. */
#pragma once
#include "esp_event.h"
typedef struct esp_netif_obj esp_netif_t;
extern esp_event_base_t const IP_EVENT;
typedef enum { IP_EVENT_STA_GOT_IP = 0, IP_EVENT_STA_LOST_IP = 1 } ip_event_t;
esp_err_t esp_netif_init(void);
esp_netif_t *esp_netif_create_default_wifi_sta(void);
