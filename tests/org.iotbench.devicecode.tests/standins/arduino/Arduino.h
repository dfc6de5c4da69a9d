// Stand-in for the Arduino core, for compiling and running generated sketches on the build machine.
#pragma once
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

typedef uint8_t byte;
typedef bool boolean;

unsigned long millis();
void delay(unsigned long ms);

class IPAddress {
public:
  const char *text() const { return "192.0.2.10"; }
};

// Serial output goes to standard error, so that standard output holds only what the libraries were asked to do.
class HardwareSerial {
public:
  void begin(unsigned long) {}
  void print(const char *text) { fputs(text, stderr); }
  void print(int value) { fprintf(stderr, "%d", value); }
  void print(const IPAddress &address) { fputs(address.text(), stderr); }
  void println() { fputc('\n', stderr); }
  void println(const char *text) { fprintf(stderr, "%s\n", text); }
  void println(const IPAddress &address) { fprintf(stderr, "%s\n", address.text()); }
  size_t write(const uint8_t *data, size_t length) { return fwrite(data, 1, length, stderr); }
};
extern HardwareSerial Serial;
