"""Test double of MicroPython's umqtt.simple for CPython.

Same API (MQTTClient, MQTTException) and the same bytes on the wire as
umqtt.simple 1.x: MQTT 3.1.1 CONNECT (clean session, optional last will, user
name and password), PUBLISH at QoS 0 or 1, SUBSCRIBE waiting for its SUBACK,
PINGREQ, DISCONNECT; check_msg() polls without blocking. Written for the
tests from the MQTT 3.1.1 specification, not copied from umqtt.
"""
import select
import socket
import struct


class MQTTException(Exception):
    pass


def _bytes(value):
    return value.encode("utf-8") if isinstance(value, str) else bytes(value)


def _string(value):
    data = _bytes(value)
    return struct.pack("!H", len(data)) + data


def _length(n):
    out = bytearray()
    while True:
        digit = n & 0x7F
        n >>= 7
        out.append(digit | (0x80 if n else 0))
        if not n:
            return bytes(out)


class MQTTClient:
    def __init__(self, client_id, server, port=0, user=None, password=None, keepalive=0,
                 ssl=None, ssl_params={}):
        if port == 0:
            port = 8883 if ssl else 1883
        self.client_id = client_id
        self.server = server
        self.port = port
        self.user = user
        self.pswd = password
        self.keepalive = keepalive
        self.ssl = ssl
        self.sock = None
        self.pid = 0
        self.cb = None
        self.lw_topic = None
        self.lw_msg = None
        self.lw_qos = 0
        self.lw_retain = False

    def set_callback(self, f):
        self.cb = f

    def set_last_will(self, topic, msg, retain=False, qos=0):
        assert 0 <= qos <= 2
        assert topic
        self.lw_topic = topic
        self.lw_msg = msg
        self.lw_qos = qos
        self.lw_retain = retain

    def _read(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise OSError(-1, "connection closed")
            data += chunk
        return data

    def _recv_len(self):
        n = 0
        shift = 0
        while True:
            b = self._read(1)[0]
            n |= (b & 0x7F) << shift
            if not b & 0x80:
                return n
            shift += 7

    def connect(self, clean_session=True):
        self.sock = socket.create_connection((self.server, self.port))
        if self.ssl:
            self.sock = self.ssl.wrap_socket(self.sock, server_hostname=self.server)
        flags = 0x02 if clean_session else 0
        payload = _string(self.client_id)
        if self.lw_topic:
            flags |= 0x04 | (self.lw_qos & 0x01) << 3 | (self.lw_qos & 0x02) << 3
            flags |= 0x20 if self.lw_retain else 0
            payload += _string(self.lw_topic) + _string(self.lw_msg)
        if self.user is not None:
            flags |= 0x80
            payload += _string(self.user)
            if self.pswd is not None:
                flags |= 0x40
                payload += _string(self.pswd)
        variable = _string("MQTT") + bytes([4, flags]) + struct.pack("!H", self.keepalive)
        body = variable + payload
        self.sock.sendall(b"\x10" + _length(len(body)) + body)
        resp = self._read(4)
        assert resp[0] == 0x20 and resp[1] == 0x02
        if resp[3] != 0:
            raise MQTTException(resp[3])
        return resp[2] & 1

    def disconnect(self):
        self.sock.sendall(b"\xe0\x00")
        self.sock.close()

    def ping(self):
        self.sock.sendall(b"\xc0\x00")

    def publish(self, topic, msg, retain=False, qos=0):
        topic = _bytes(topic)
        msg = _bytes(msg)
        first = 0x30 | qos << 1 | (1 if retain else 0)
        body = _string(topic)
        if qos > 0:
            self.pid += 1
            pid = self.pid
            body += struct.pack("!H", pid)
        body += msg
        self.sock.sendall(bytes([first]) + _length(len(body)) + body)
        if qos == 1:
            while True:
                op = self.wait_msg()
                if op == 0x40:
                    size = self._read(1)
                    assert size == b"\x02"
                    rcv_pid = struct.unpack("!H", self._read(2))[0]
                    if pid == rcv_pid:
                        return
        elif qos == 2:
            raise NotImplementedError("QoS 2")

    def subscribe(self, topic, qos=0):
        assert self.cb is not None, "Subscribe callback is not set"
        self.pid += 1
        body = struct.pack("!H", self.pid) + _string(topic) + bytes([qos])
        self.sock.sendall(b"\x82" + _length(len(body)) + body)
        while True:
            op = self.wait_msg()
            if op == 0x90:
                resp = self._read(4)
                assert resp[1] == self.pid >> 8 & 0xFF and resp[2] == self.pid & 0xFF
                if resp[3] == 0x80:
                    raise MQTTException(resp[3])
                return

    def wait_msg(self):
        first = self.sock.recv(1)
        if first == b"":
            raise OSError(-1, "connection closed")
        op = first[0]
        if op == 0xD0:  # PINGRESP
            assert self._read(1) == b"\x00"
            return None
        if op & 0xF0 != 0x30:
            return op
        size = self._recv_len()
        topic_len = struct.unpack("!H", self._read(2))[0]
        topic = self._read(topic_len)
        size -= topic_len + 2
        if op & 6:
            pid = struct.unpack("!H", self._read(2))[0]
            size -= 2
        msg = self._read(size)
        self.cb(topic, msg)
        if op & 6 == 2:
            self.sock.sendall(b"\x40\x02" + struct.pack("!H", pid))
        elif op & 6 == 4:
            raise NotImplementedError("QoS 2")
        return None

    def check_msg(self):
        readable, _, _ = select.select([self.sock], [], [], 0)
        if not readable:
            return None
        return self.wait_msg()
