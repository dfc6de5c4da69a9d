/* Stand-in for ESP-IDF 5's nvs_flash.h. */
#pragma once
#include "esp_err.h"
esp_err_t nvs_flash_init(void);
esp_err_t nvs_flash_erase(void);
