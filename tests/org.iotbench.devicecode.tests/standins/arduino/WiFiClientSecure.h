// Stand-in for the ESP32 core's WiFiClientSecure.
#pragma once
#include "WiFi.h"

class WiFiClientSecure : public WiFiClient {
public:
  void setCACert(const char *pem);
};
