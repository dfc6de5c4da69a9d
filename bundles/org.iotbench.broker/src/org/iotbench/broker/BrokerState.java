package org.iotbench.broker;

public enum BrokerState { STOPPED, STARTING, RUNNING, FAILED }
