"""Test double of MicroPython's network module: a Wi-Fi station that is connected at once."""
STA_IF = 0
AP_IF = 1


class WLAN:
    def __init__(self, interface):
        self._active = False
        self._connected = False

    def active(self, value=None):
        if value is not None:
            self._active = value
        return self._active

    def connect(self, ssid, password):
        if not self._active:
            raise OSError("the interface is not active")
        self._connected = True

    def isconnected(self):
        return self._connected

    def ifconfig(self):
        return ("127.0.0.1", "255.0.0.0", "127.0.0.1", "127.0.0.1")
