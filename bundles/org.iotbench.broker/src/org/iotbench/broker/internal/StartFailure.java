package org.iotbench.broker.internal;

import java.net.BindException;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.Messages;
import org.iotbench.core.tls.TlsSetupException;

/** Turns what went wrong at start into a reason a user can act on. */
final class StartFailure {

	private StartFailure() {
	}

	static String reason(Throwable failure, BrokerSettings settings) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof IncompatibleMoquetteException incompatible) {
				return incompatible.getMessage();
			}
			if (t instanceof TlsSetupException tls) {
				return NLS.bind(Messages.Failure_tls, tls.getMessage());
			}
			if (t instanceof BindException bind) {
				int port = bind instanceof ListenerBindException listener ? listener.port() : settings.port();
				String message = String.valueOf(bind.getMessage()).toLowerCase(java.util.Locale.ROOT);
				if (message.contains("permission")) { //$NON-NLS-1$
					return NLS.bind(Messages.Failure_permission, port);
				}
				if (message.contains("assign") || message.contains("not available")) { //$NON-NLS-1$ //$NON-NLS-2$
					return NLS.bind(Messages.Failure_addressNotAvailable, settings.bindAddress());
				}
				return NLS.bind(Messages.Failure_portInUse, port);
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return NLS.bind(Messages.Failure_other, root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
	}
}
