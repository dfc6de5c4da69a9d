/**
 */
package org.iotbench.projects;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A project, opened as an editor: its subscriptions, its recent publications and, for a remote project, how to reach the broker.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.Project#getName <em>Name</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getId <em>Id</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getKind <em>Kind</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getDescription <em>Description</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getSubscriptions <em>Subscriptions</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getPublishHistory <em>Publish History</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getConnection <em>Connection</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getMessageCapacity <em>Message Capacity</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getCreated <em>Created</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getHistoryLimit <em>History Limit</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getPayloadFormats <em>Payload Formats</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getCharts <em>Charts</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getSavedMessages <em>Saved Messages</em>}</li>
 *   <li>{@link org.iotbench.projects.Project#getDashboards <em>Dashboards</em>}</li>
 * </ul>
 *
 * @see org.iotbench.projects.ProjectsPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The project's name; unique among projects, which the project service checks, not the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.iotbench.projects.ProjectsPackage#getProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable identifier that survives renames; the key of the project's password in Eclipse Secure Storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.iotbench.projects.ProjectsPackage#getProject_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Project#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.iotbench.projects.ProjectKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the project works on the embedded broker or connects to a remote one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.iotbench.projects.ProjectKind
	 * @see #setKind(ProjectKind)
	 * @see org.iotbench.projects.ProjectsPackage#getProject_Kind()
	 * @model
	 * @generated
	 */
	ProjectKind getKind();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Project#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.iotbench.projects.ProjectKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProjectKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.iotbench.projects.ProjectsPackage#getProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Project#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Subscriptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.projects.Subscription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subscriptions</em>' containment reference list.
	 * @see org.iotbench.projects.ProjectsPackage#getProject_Subscriptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subscription> getSubscriptions();

	/**
	 * Returns the value of the '<em><b>Publish History</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.projects.PublishTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last topics and payloads published from the project, newest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publish History</em>' containment reference list.
	 * @see org.iotbench.projects.ProjectsPackage#getProject_PublishHistory()
	 * @model containment="true"
	 * @generated
	 */
	EList<PublishTemplate> getPublishHistory();

	/**
	 * Returns the value of the '<em><b>Connection</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How to reach the remote broker; null for a local project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connection</em>' containment reference.
	 * @see #setConnection(RemoteConnection)
	 * @see org.iotbench.projects.ProjectsPackage#getProject_Connection()
	 * @model containment="true"
	 * @generated
	 */
	RemoteConnection getConnection();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Project#getConnection <em>Connection</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection</em>' containment reference.
	 * @see #getConnection()
	 * @generated
	 */
	void setConnection(RemoteConnection value);

	/**
	 * Returns the value of the '<em><b>Message Capacity</b></em>' attribute.
	 * The default value is <code>"100000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many received messages the project keeps; beyond it the oldest are dropped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message Capacity</em>' attribute.
	 * @see #setMessageCapacity(int)
	 * @see org.iotbench.projects.ProjectsPackage#getProject_MessageCapacity()
	 * @model default="100000"
	 * @generated
	 */
	int getMessageCapacity();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Project#getMessageCapacity <em>Message Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Capacity</em>' attribute.
	 * @see #getMessageCapacity()
	 * @generated
	 */
	void setMessageCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.iotbench.projects.ProjectsPackage#getProject_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Project#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>History Limit</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most megabytes of messages the project keeps on disk; beyond it the oldest are dropped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>History Limit</em>' attribute.
	 * @see #setHistoryLimit(int)
	 * @see org.iotbench.projects.ProjectsPackage#getProject_HistoryLimit()
	 * @model default="200"
	 * @generated
	 */
	int getHistoryLimit();

	/**
	 * Sets the value of the '{@link org.iotbench.projects.Project#getHistoryLimit <em>History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>History Limit</em>' attribute.
	 * @see #getHistoryLimit()
	 * @generated
	 */
	void setHistoryLimit(int value);

	/**
	 * Returns the value of the '<em><b>Payload Formats</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.projects.TopicFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the payloads of some topics are encoded, first match first; payloads of other topics are guessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payload Formats</em>' containment reference list.
	 * @see org.iotbench.projects.ProjectsPackage#getProject_PayloadFormats()
	 * @model containment="true"
	 * @generated
	 */
	EList<TopicFormat> getPayloadFormats();

	/**
	 * Returns the value of the '<em><b>Charts</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.projects.Chart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The charts of the project: numbers of payloads plotted over time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charts</em>' containment reference list.
	 * @see org.iotbench.projects.ProjectsPackage#getProject_Charts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Chart> getCharts();

	/**
	 * Returns the value of the '<em><b>Saved Messages</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.projects.SavedMessage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Messages the user named and saved, to publish again with one click, in the user's order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Saved Messages</em>' containment reference list.
	 * @see org.iotbench.projects.ProjectsPackage#getProject_SavedMessages()
	 * @model containment="true"
	 * @generated
	 */
	EList<SavedMessage> getSavedMessages();

	/**
	 * Returns the value of the '<em><b>Dashboards</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.projects.Dashboard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dashboards of the project: widgets that show and control devices through the project's connection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dashboards</em>' containment reference list.
	 * @see org.iotbench.projects.ProjectsPackage#getProject_Dashboards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dashboard> getDashboards();

} // Project
