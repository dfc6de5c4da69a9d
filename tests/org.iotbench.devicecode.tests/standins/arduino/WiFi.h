// Stand-in for the ESP32 core's WiFi library.
#pragma once
#include "Arduino.h"

enum wl_status_t { WL_IDLE_STATUS = 0, WL_CONNECTED = 3, WL_DISCONNECTED = 6 };
enum wifi_mode_t { WIFI_OFF = 0, WIFI_STA = 1 };

class Client {
public:
  virtual ~Client() {}
};

class WiFiClient : public Client {};

class WiFiClass {
public:
  bool mode(wifi_mode_t) { return true; }
  wl_status_t begin(const char *ssid, const char *password);
  wl_status_t status();
  IPAddress localIP() { return IPAddress(); }
};
extern WiFiClass WiFi;
