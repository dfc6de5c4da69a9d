package org.iotbench.projects.core.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.Subscription;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;

/** An edit of a project applied to the project itself, so that whoever holds the project object keeps it. */
final class ProjectEdit {

	private ProjectEdit() {
	}

	/**
	 * Copies every changeable feature but the ID from one project into another; features that are equal are not
	 * touched, so listeners hear only of what changed.
	 */
	@SuppressWarnings("unchecked")
	static void copy(Project from, Project to) {
		for (EStructuralFeature feature : ProjectsPackage.Literals.PROJECT.getEAllStructuralFeatures()) {
			if (!feature.isChangeable() || feature.isDerived() || feature == ProjectsPackage.Literals.PROJECT__ID) {
				continue;
			}
			Object value = from.eGet(feature);
			Object current = to.eGet(feature);
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (reference.isMany() ? EcoreUtil.equals((java.util.List<EObject>) current, (java.util.List<EObject>) value)
						: EcoreUtil.equals((EObject) current, (EObject) value)) {
					continue;
				}
				value = reference.isMany() ? EcoreUtil.copyAll((Collection<EObject>) value) : EcoreUtil.copy((EObject) value);
			} else if (Objects.equals(current, value)) {
				continue;
			}
			to.eSet(feature, value);
		}
	}

	/** Unsubscribes the session from filters the edit removed and subscribes it to those it added or changed. */
	static void applySubscriptions(Project before, Project after, Session session) {
		Map<String, Integer> old = filters(before);
		Map<String, Integer> now = filters(after);
		old.keySet().stream().filter(filter -> !now.containsKey(filter)).forEach(session::unsubscribe);
		now.forEach((filter, qos) -> {
			if (!qos.equals(old.get(filter))) {
				try {
					session.subscribe(filter, qos);
				} catch (SessionException e) {
					// the validator refused invalid filters before the edit was saved
				}
			}
		});
	}

	private static Map<String, Integer> filters(Project project) {
		Map<String, Integer> filters = new LinkedHashMap<>();
		for (Subscription subscription : project.getSubscriptions()) {
			filters.put(subscription.getTopicFilter(), subscription.getQos());
		}
		return filters;
	}
}
