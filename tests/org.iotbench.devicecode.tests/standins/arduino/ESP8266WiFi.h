// Stand-in for the ESP8266 core's WiFi library (the same calls as the ESP32's in the generated sketches).
#pragma once
#include "WiFi.h"

namespace BearSSL {
class X509List {
public:
  explicit X509List(const char *pem);
};
class WiFiClientSecure : public WiFiClient {
public:
  void setTrustAnchors(const X509List *trusted);
};
}
