/* Stand-in for FreeRTOS as ESP-IDF 5 ships it. */
#pragma once
#include <stdint.h>
typedef uint32_t TickType_t;
typedef int BaseType_t;
#define pdFALSE 0
#define pdTRUE 1
#define portMAX_DELAY ((TickType_t) 0xffffffffUL)
#define pdMS_TO_TICKS(ms) ((TickType_t) (ms))
#define BIT0 0x00000001
