package org.iotbench.projects.core.tests;

import java.nio.file.Path;

import org.iotbench.projects.MqttVersion;
import org.iotbench.projects.PayloadFormat;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.PublishTemplate;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.projects.Subscription;
import org.iotbench.projects.TlsTrust;
import org.iotbench.projects.Transport;
import org.iotbench.projects.core.ProjectService;

/** Projects as a user fills them in: new ones from the service, then edited as in the project dialog. */
final class Samples {

	/** A password that is easy to find in a file, in any encoding. */
	static final String REMOTE_PASSWORD = "Gr33nhouse-Br0ker-P\u00e4ssw\u00f6rd";

	private Samples() {
	}

	/** A local project with two subscriptions and two published messages. */
	static Project local(ProjectService service, String name) {
		Project project = service.newLocalProject();
		project.setName(name);
		project.setDescription("The greenhouse sensors on the embedded broker");
		project.setMessageCapacity(5_000);
		project.getSubscriptions().add(subscription("greenhouse/#", 1, "#2E8B57", "Greenhouse"));
		project.getSubscriptions().add(subscription("+/esp32/count", 0, "#FF8C00", null));
		project.getPublishHistory().add(published("greenhouse/fan", "on", PayloadFormat.TEXT, 1, false));
		project.getPublishHistory().add(published("config/interval", "{\"seconds\": 60}", PayloadFormat.JSON, 0, true));
		return project;
	}

	/**
	 * A remote project over TLS with MQTT 5, a will and a CA file; its password is given to {@code add}, not set
	 * here.
	 */
	static Project remote(ProjectService service, String name, Path caFile) {
		Project project = service.newRemoteProject();
		project.setName(name);
		project.getSubscriptions().add(subscription("office/+/temperature", 2, "#1E90FF", "Office"));
		project.getPublishHistory().add(published("office/display", "48656c6c6f", PayloadFormat.HEX, 2, false));
		RemoteConnection connection = project.getConnection();
		connection.setHost("broker.example.org");
		connection.setPort(8883);
		connection.setTransport(Transport.TLS);
		connection.setMqttVersion(MqttVersion.V5);
		connection.setClientId("bench-office-1");
		connection.setUsername("office");
		connection.setKeepAliveSeconds(30);
		connection.setCleanStart(false);
		connection.setSessionExpirySeconds(3_600);
		connection.setAutoReconnect(false);
		connection.setConnectTimeoutSeconds(5);
		connection.setWillTopic("office/bench/status");
		connection.setWillPayload("offline");
		connection.setWillQos(1);
		connection.setWillRetain(true);
		connection.setTlsTrust(TlsTrust.CA_FILE);
		connection.setCaFile(caFile.toString());
		return project;
	}

	static Subscription subscription(String filter, int qos, String color, String alias) {
		Subscription subscription = ProjectsFactory.eINSTANCE.createSubscription();
		subscription.setTopicFilter(filter);
		subscription.setQos(qos);
		subscription.setColor(color);
		subscription.setAlias(alias);
		return subscription;
	}

	static PublishTemplate published(String topic, String payload, PayloadFormat format, int qos, boolean retain) {
		PublishTemplate template = ProjectsFactory.eINSTANCE.createPublishTemplate();
		template.setTopic(topic);
		template.setPayload(payload);
		template.setFormat(format);
		template.setQos(qos);
		template.setRetain(retain);
		return template;
	}
}
