package org.iotbench.ui.internal.views;

import java.security.cert.X509Certificate;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.CertificateSource;
import org.iotbench.core.tls.Fingerprint;
import org.iotbench.core.tls.TlsSetupException;
import org.iotbench.ui.internal.Messages;

/** Which certificate the TLS listeners present, where its file is and its fingerprint, for the user to check. */
final class CertificateDescription {

	private CertificateDescription() {
	}

	static String of(CertificateSource source) {
		try {
			X509Certificate certificate = source.presented();
			String text = source.generated() ? Messages.BrokerView_lanCertificate : Messages.BrokerView_ownCertificate;
			return NLS.bind(text, source.certificate(), Fingerprint.sha256(certificate));
		} catch (TlsSetupException e) {
			return NLS.bind(Messages.BrokerView_certificateUnreadable, e.getMessage());
		}
	}
}
