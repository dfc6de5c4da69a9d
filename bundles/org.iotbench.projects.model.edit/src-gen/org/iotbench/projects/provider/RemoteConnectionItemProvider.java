/**
 */
package org.iotbench.projects.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.RemoteConnection;

/**
 * This is the item provider adapter for a {@link org.iotbench.projects.RemoteConnection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RemoteConnectionItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RemoteConnectionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addHostPropertyDescriptor(object);
			addPortPropertyDescriptor(object);
			addTransportPropertyDescriptor(object);
			addWebsocketPathPropertyDescriptor(object);
			addMqttVersionPropertyDescriptor(object);
			addClientIdPropertyDescriptor(object);
			addUsernamePropertyDescriptor(object);
			addKeepAliveSecondsPropertyDescriptor(object);
			addCleanStartPropertyDescriptor(object);
			addSessionExpirySecondsPropertyDescriptor(object);
			addAutoReconnectPropertyDescriptor(object);
			addConnectTimeoutSecondsPropertyDescriptor(object);
			addWillTopicPropertyDescriptor(object);
			addWillPayloadPropertyDescriptor(object);
			addWillQosPropertyDescriptor(object);
			addWillRetainPropertyDescriptor(object);
			addTlsTrustPropertyDescriptor(object);
			addCaFilePropertyDescriptor(object);
			addClientCertificateFilePropertyDescriptor(object);
			addClientKeyFilePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Host feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_host_feature"),
				 getString("_UI_RemoteConnection_host_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__HOST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_port_feature"),
				 getString("_UI_RemoteConnection_port_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Transport feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTransportPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_transport_feature"),
				 getString("_UI_RemoteConnection_transport_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__TRANSPORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Websocket Path feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWebsocketPathPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_websocketPath_feature"),
				 getString("_UI_RemoteConnection_websocketPath_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__WEBSOCKET_PATH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Mqtt Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMqttVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_mqttVersion_feature"),
				 getString("_UI_RemoteConnection_mqttVersion_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__MQTT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Client Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClientIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_clientId_feature"),
				 getString("_UI_RemoteConnection_clientId_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__CLIENT_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Username feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUsernamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_username_feature"),
				 getString("_UI_RemoteConnection_username_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__USERNAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SecurityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Keep Alive Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeepAliveSecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_keepAliveSeconds_feature"),
				 getString("_UI_RemoteConnection_keepAliveSeconds_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__KEEP_ALIVE_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Clean Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCleanStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_cleanStart_feature"),
				 getString("_UI_RemoteConnection_cleanStart_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__CLEAN_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Session Expiry Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSessionExpirySecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_sessionExpirySeconds_feature"),
				 getString("_UI_RemoteConnection_sessionExpirySeconds_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__SESSION_EXPIRY_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Auto Reconnect feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAutoReconnectPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_autoReconnect_feature"),
				 getString("_UI_RemoteConnection_autoReconnect_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__AUTO_RECONNECT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Connect Timeout Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConnectTimeoutSecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_connectTimeoutSeconds_feature"),
				 getString("_UI_RemoteConnection_connectTimeoutSeconds_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__CONNECT_TIMEOUT_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ConnectionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Will Topic feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWillTopicPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_willTopic_feature"),
				 getString("_UI_RemoteConnection_willTopic_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__WILL_TOPIC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_LastwillPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Will Payload feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWillPayloadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_willPayload_feature"),
				 getString("_UI_RemoteConnection_willPayload_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__WILL_PAYLOAD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_LastwillPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Will Qos feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWillQosPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_willQos_feature"),
				 getString("_UI_RemoteConnection_willQos_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__WILL_QOS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_LastwillPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Will Retain feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWillRetainPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_willRetain_feature"),
				 getString("_UI_RemoteConnection_willRetain_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__WILL_RETAIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_LastwillPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Tls Trust feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlsTrustPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_tlsTrust_feature"),
				 getString("_UI_RemoteConnection_tlsTrust_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__TLS_TRUST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SecurityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Ca File feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCaFilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_caFile_feature"),
				 getString("_UI_RemoteConnection_caFile_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__CA_FILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SecurityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Client Certificate File feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClientCertificateFilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_clientCertificateFile_feature"),
				 getString("_UI_RemoteConnection_clientCertificateFile_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__CLIENT_CERTIFICATE_FILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SecurityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Client Key File feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClientKeyFilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RemoteConnection_clientKeyFile_feature"),
				 getString("_UI_RemoteConnection_clientKeyFile_description"),
				 ProjectsPackage.Literals.REMOTE_CONNECTION__CLIENT_KEY_FILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SecurityPropertyCategory"),
				 null));
	}

	/**
	 * This returns RemoteConnection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/RemoteConnection"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((RemoteConnection)object).getHost();
		return label == null || label.length() == 0 ?
			getString("_UI_RemoteConnection_type") :
			getString("_UI_RemoteConnection_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(RemoteConnection.class)) {
			case ProjectsPackage.REMOTE_CONNECTION__HOST:
			case ProjectsPackage.REMOTE_CONNECTION__PORT:
			case ProjectsPackage.REMOTE_CONNECTION__TRANSPORT:
			case ProjectsPackage.REMOTE_CONNECTION__WEBSOCKET_PATH:
			case ProjectsPackage.REMOTE_CONNECTION__MQTT_VERSION:
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_ID:
			case ProjectsPackage.REMOTE_CONNECTION__USERNAME:
			case ProjectsPackage.REMOTE_CONNECTION__KEEP_ALIVE_SECONDS:
			case ProjectsPackage.REMOTE_CONNECTION__CLEAN_START:
			case ProjectsPackage.REMOTE_CONNECTION__SESSION_EXPIRY_SECONDS:
			case ProjectsPackage.REMOTE_CONNECTION__AUTO_RECONNECT:
			case ProjectsPackage.REMOTE_CONNECTION__CONNECT_TIMEOUT_SECONDS:
			case ProjectsPackage.REMOTE_CONNECTION__WILL_TOPIC:
			case ProjectsPackage.REMOTE_CONNECTION__WILL_PAYLOAD:
			case ProjectsPackage.REMOTE_CONNECTION__WILL_QOS:
			case ProjectsPackage.REMOTE_CONNECTION__WILL_RETAIN:
			case ProjectsPackage.REMOTE_CONNECTION__TLS_TRUST:
			case ProjectsPackage.REMOTE_CONNECTION__CA_FILE:
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_CERTIFICATE_FILE:
			case ProjectsPackage.REMOTE_CONNECTION__CLIENT_KEY_FILE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ProjectsEditPlugin.INSTANCE;
	}

}
