/**
 */
package org.iotbench.projects;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project Registry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of the registry: the projects the workbench knows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.iotbench.projects.ProjectRegistry#getProjects <em>Projects</em>}</li>
 * </ul>
 *
 * @see org.iotbench.projects.ProjectsPackage#getProjectRegistry()
 * @model
 * @generated
 */
public interface ProjectRegistry extends EObject {
	/**
	 * Returns the value of the '<em><b>Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.iotbench.projects.Project}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projects</em>' containment reference list.
	 * @see org.iotbench.projects.ProjectsPackage#getProjectRegistry_Projects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Project> getProjects();

} // ProjectRegistry
