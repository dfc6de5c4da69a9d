/* Stand-in for FreeRTOS event groups. */
#pragma once
#include "FreeRTOS.h"
typedef uint32_t EventBits_t;
typedef struct EventGroupDef_t *EventGroupHandle_t;
EventGroupHandle_t xEventGroupCreate(void);
EventBits_t xEventGroupSetBits(EventGroupHandle_t group, const EventBits_t bits);
EventBits_t xEventGroupClearBits(EventGroupHandle_t group, const EventBits_t bits);
EventBits_t xEventGroupWaitBits(EventGroupHandle_t group, const EventBits_t bits, const BaseType_t clear,
                                const BaseType_t all, TickType_t wait);
