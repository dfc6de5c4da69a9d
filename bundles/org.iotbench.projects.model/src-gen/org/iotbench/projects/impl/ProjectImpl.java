/**
 */
package org.iotbench.projects.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.iotbench.projects.Chart;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.PublishTemplate;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.projects.SavedMessage;
import org.iotbench.projects.Subscription;
import org.iotbench.projects.TopicFormat;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getSubscriptions <em>Subscriptions</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getPublishHistory <em>Publish History</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getConnection <em>Connection</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getMessageCapacity <em>Message Capacity</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getHistoryLimit <em>History Limit</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getPayloadFormats <em>Payload Formats</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getCharts <em>Charts</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getSavedMessages <em>Saved Messages</em>}</li>
 *   <li>{@link org.iotbench.projects.impl.ProjectImpl#getDashboards <em>Dashboards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends MinimalEObjectImpl.Container implements Project {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProjectKind KIND_EDEFAULT = ProjectKind.LOCAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProjectKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubscriptions() <em>Subscriptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubscriptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Subscription> subscriptions;

	/**
	 * The cached value of the '{@link #getPublishHistory() <em>Publish History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<PublishTemplate> publishHistory;

	/**
	 * The cached value of the '{@link #getConnection() <em>Connection</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnection()
	 * @generated
	 * @ordered
	 */
	protected RemoteConnection connection;

	/**
	 * The default value of the '{@link #getMessageCapacity() <em>Message Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int MESSAGE_CAPACITY_EDEFAULT = 100000;

	/**
	 * The cached value of the '{@link #getMessageCapacity() <em>Message Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageCapacity()
	 * @generated
	 * @ordered
	 */
	protected int messageCapacity = MESSAGE_CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHistoryLimit() <em>History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistoryLimit()
	 * @generated
	 * @ordered
	 */
	protected static final int HISTORY_LIMIT_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getHistoryLimit() <em>History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistoryLimit()
	 * @generated
	 * @ordered
	 */
	protected int historyLimit = HISTORY_LIMIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPayloadFormats() <em>Payload Formats</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayloadFormats()
	 * @generated
	 * @ordered
	 */
	protected EList<TopicFormat> payloadFormats;

	/**
	 * The cached value of the '{@link #getCharts() <em>Charts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharts()
	 * @generated
	 * @ordered
	 */
	protected EList<Chart> charts;

	/**
	 * The cached value of the '{@link #getSavedMessages() <em>Saved Messages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSavedMessages()
	 * @generated
	 * @ordered
	 */
	protected EList<SavedMessage> savedMessages;

	/**
	 * The cached value of the '{@link #getDashboards() <em>Dashboards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDashboards()
	 * @generated
	 * @ordered
	 */
	protected EList<Dashboard> dashboards;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectsPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PROJECT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProjectKind newKind) {
		ProjectKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PROJECT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PROJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subscription> getSubscriptions() {
		if (subscriptions == null) {
			subscriptions = new EObjectContainmentEList<Subscription>(Subscription.class, this, ProjectsPackage.PROJECT__SUBSCRIPTIONS);
		}
		return subscriptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PublishTemplate> getPublishHistory() {
		if (publishHistory == null) {
			publishHistory = new EObjectContainmentEList<PublishTemplate>(PublishTemplate.class, this, ProjectsPackage.PROJECT__PUBLISH_HISTORY);
		}
		return publishHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RemoteConnection getConnection() {
		return connection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConnection(RemoteConnection newConnection, NotificationChain msgs) {
		RemoteConnection oldConnection = connection;
		connection = newConnection;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProjectsPackage.PROJECT__CONNECTION, oldConnection, newConnection);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnection(RemoteConnection newConnection) {
		if (newConnection != connection) {
			NotificationChain msgs = null;
			if (connection != null)
				msgs = ((InternalEObject)connection).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProjectsPackage.PROJECT__CONNECTION, null, msgs);
			if (newConnection != null)
				msgs = ((InternalEObject)newConnection).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProjectsPackage.PROJECT__CONNECTION, null, msgs);
			msgs = basicSetConnection(newConnection, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PROJECT__CONNECTION, newConnection, newConnection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMessageCapacity() {
		return messageCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageCapacity(int newMessageCapacity) {
		int oldMessageCapacity = messageCapacity;
		messageCapacity = newMessageCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PROJECT__MESSAGE_CAPACITY, oldMessageCapacity, messageCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PROJECT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHistoryLimit() {
		return historyLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHistoryLimit(int newHistoryLimit) {
		int oldHistoryLimit = historyLimit;
		historyLimit = newHistoryLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectsPackage.PROJECT__HISTORY_LIMIT, oldHistoryLimit, historyLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TopicFormat> getPayloadFormats() {
		if (payloadFormats == null) {
			payloadFormats = new EObjectContainmentEList<TopicFormat>(TopicFormat.class, this, ProjectsPackage.PROJECT__PAYLOAD_FORMATS);
		}
		return payloadFormats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Chart> getCharts() {
		if (charts == null) {
			charts = new EObjectContainmentEList<Chart>(Chart.class, this, ProjectsPackage.PROJECT__CHARTS);
		}
		return charts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SavedMessage> getSavedMessages() {
		if (savedMessages == null) {
			savedMessages = new EObjectContainmentEList<SavedMessage>(SavedMessage.class, this, ProjectsPackage.PROJECT__SAVED_MESSAGES);
		}
		return savedMessages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dashboard> getDashboards() {
		if (dashboards == null) {
			dashboards = new EObjectContainmentEList<Dashboard>(Dashboard.class, this, ProjectsPackage.PROJECT__DASHBOARDS);
		}
		return dashboards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProjectsPackage.PROJECT__SUBSCRIPTIONS:
				return ((InternalEList<?>)getSubscriptions()).basicRemove(otherEnd, msgs);
			case ProjectsPackage.PROJECT__PUBLISH_HISTORY:
				return ((InternalEList<?>)getPublishHistory()).basicRemove(otherEnd, msgs);
			case ProjectsPackage.PROJECT__CONNECTION:
				return basicSetConnection(null, msgs);
			case ProjectsPackage.PROJECT__PAYLOAD_FORMATS:
				return ((InternalEList<?>)getPayloadFormats()).basicRemove(otherEnd, msgs);
			case ProjectsPackage.PROJECT__CHARTS:
				return ((InternalEList<?>)getCharts()).basicRemove(otherEnd, msgs);
			case ProjectsPackage.PROJECT__SAVED_MESSAGES:
				return ((InternalEList<?>)getSavedMessages()).basicRemove(otherEnd, msgs);
			case ProjectsPackage.PROJECT__DASHBOARDS:
				return ((InternalEList<?>)getDashboards()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProjectsPackage.PROJECT__NAME:
				return getName();
			case ProjectsPackage.PROJECT__ID:
				return getId();
			case ProjectsPackage.PROJECT__KIND:
				return getKind();
			case ProjectsPackage.PROJECT__DESCRIPTION:
				return getDescription();
			case ProjectsPackage.PROJECT__SUBSCRIPTIONS:
				return getSubscriptions();
			case ProjectsPackage.PROJECT__PUBLISH_HISTORY:
				return getPublishHistory();
			case ProjectsPackage.PROJECT__CONNECTION:
				return getConnection();
			case ProjectsPackage.PROJECT__MESSAGE_CAPACITY:
				return getMessageCapacity();
			case ProjectsPackage.PROJECT__CREATED:
				return getCreated();
			case ProjectsPackage.PROJECT__HISTORY_LIMIT:
				return getHistoryLimit();
			case ProjectsPackage.PROJECT__PAYLOAD_FORMATS:
				return getPayloadFormats();
			case ProjectsPackage.PROJECT__CHARTS:
				return getCharts();
			case ProjectsPackage.PROJECT__SAVED_MESSAGES:
				return getSavedMessages();
			case ProjectsPackage.PROJECT__DASHBOARDS:
				return getDashboards();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProjectsPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case ProjectsPackage.PROJECT__ID:
				setId((String)newValue);
				return;
			case ProjectsPackage.PROJECT__KIND:
				setKind((ProjectKind)newValue);
				return;
			case ProjectsPackage.PROJECT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ProjectsPackage.PROJECT__SUBSCRIPTIONS:
				getSubscriptions().clear();
				getSubscriptions().addAll((Collection<? extends Subscription>)newValue);
				return;
			case ProjectsPackage.PROJECT__PUBLISH_HISTORY:
				getPublishHistory().clear();
				getPublishHistory().addAll((Collection<? extends PublishTemplate>)newValue);
				return;
			case ProjectsPackage.PROJECT__CONNECTION:
				setConnection((RemoteConnection)newValue);
				return;
			case ProjectsPackage.PROJECT__MESSAGE_CAPACITY:
				setMessageCapacity((Integer)newValue);
				return;
			case ProjectsPackage.PROJECT__CREATED:
				setCreated((Date)newValue);
				return;
			case ProjectsPackage.PROJECT__HISTORY_LIMIT:
				setHistoryLimit((Integer)newValue);
				return;
			case ProjectsPackage.PROJECT__PAYLOAD_FORMATS:
				getPayloadFormats().clear();
				getPayloadFormats().addAll((Collection<? extends TopicFormat>)newValue);
				return;
			case ProjectsPackage.PROJECT__CHARTS:
				getCharts().clear();
				getCharts().addAll((Collection<? extends Chart>)newValue);
				return;
			case ProjectsPackage.PROJECT__SAVED_MESSAGES:
				getSavedMessages().clear();
				getSavedMessages().addAll((Collection<? extends SavedMessage>)newValue);
				return;
			case ProjectsPackage.PROJECT__DASHBOARDS:
				getDashboards().clear();
				getDashboards().addAll((Collection<? extends Dashboard>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProjectsPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ProjectsPackage.PROJECT__ID:
				setId(ID_EDEFAULT);
				return;
			case ProjectsPackage.PROJECT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProjectsPackage.PROJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ProjectsPackage.PROJECT__SUBSCRIPTIONS:
				getSubscriptions().clear();
				return;
			case ProjectsPackage.PROJECT__PUBLISH_HISTORY:
				getPublishHistory().clear();
				return;
			case ProjectsPackage.PROJECT__CONNECTION:
				setConnection((RemoteConnection)null);
				return;
			case ProjectsPackage.PROJECT__MESSAGE_CAPACITY:
				setMessageCapacity(MESSAGE_CAPACITY_EDEFAULT);
				return;
			case ProjectsPackage.PROJECT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ProjectsPackage.PROJECT__HISTORY_LIMIT:
				setHistoryLimit(HISTORY_LIMIT_EDEFAULT);
				return;
			case ProjectsPackage.PROJECT__PAYLOAD_FORMATS:
				getPayloadFormats().clear();
				return;
			case ProjectsPackage.PROJECT__CHARTS:
				getCharts().clear();
				return;
			case ProjectsPackage.PROJECT__SAVED_MESSAGES:
				getSavedMessages().clear();
				return;
			case ProjectsPackage.PROJECT__DASHBOARDS:
				getDashboards().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProjectsPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ProjectsPackage.PROJECT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ProjectsPackage.PROJECT__KIND:
				return kind != KIND_EDEFAULT;
			case ProjectsPackage.PROJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ProjectsPackage.PROJECT__SUBSCRIPTIONS:
				return subscriptions != null && !subscriptions.isEmpty();
			case ProjectsPackage.PROJECT__PUBLISH_HISTORY:
				return publishHistory != null && !publishHistory.isEmpty();
			case ProjectsPackage.PROJECT__CONNECTION:
				return connection != null;
			case ProjectsPackage.PROJECT__MESSAGE_CAPACITY:
				return messageCapacity != MESSAGE_CAPACITY_EDEFAULT;
			case ProjectsPackage.PROJECT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ProjectsPackage.PROJECT__HISTORY_LIMIT:
				return historyLimit != HISTORY_LIMIT_EDEFAULT;
			case ProjectsPackage.PROJECT__PAYLOAD_FORMATS:
				return payloadFormats != null && !payloadFormats.isEmpty();
			case ProjectsPackage.PROJECT__CHARTS:
				return charts != null && !charts.isEmpty();
			case ProjectsPackage.PROJECT__SAVED_MESSAGES:
				return savedMessages != null && !savedMessages.isEmpty();
			case ProjectsPackage.PROJECT__DASHBOARDS:
				return dashboards != null && !dashboards.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", id: ");
		result.append(id);
		result.append(", kind: ");
		result.append(kind);
		result.append(", description: ");
		result.append(description);
		result.append(", messageCapacity: ");
		result.append(messageCapacity);
		result.append(", created: ");
		result.append(created);
		result.append(", historyLimit: ");
		result.append(historyLimit);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
