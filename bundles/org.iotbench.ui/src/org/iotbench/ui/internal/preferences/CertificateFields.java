package org.iotbench.ui.internal.preferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.CertificateSource;
import org.iotbench.broker.CertificateSource.Kind;
import org.iotbench.core.DataLocation;
import org.iotbench.ui.internal.Messages;

/**
 * Where the certificate of the TLS listeners comes from: generated for the LAN (its file shown, with a button that
 * opens its folder), the user's PEM files, or the user's PKCS#12 file and its password.
 */
final class CertificateFields {

	private static final String[] PEM = { "*.pem;*.crt;*.cer;*.key", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String[] PKCS12 = { "*.p12;*.pfx", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$

	private final Group group;
	private final RadioGroupFieldEditor kind;
	private final OptionalFileFieldEditor certificate;
	private final OptionalFileFieldEditor key;
	private final OptionalFileFieldEditor pkcs12;
	private final SecretFieldEditor password;
	private final CertificateSource generated = CertificateSource.lan(DataLocation.current());
	private final Label generatedLabel;
	private final Text generatedFile;
	private final Button showFolder;

	CertificateFields(Composite parent, Consumer<FieldEditor> fields) {
		group = new Group(parent, 0);
		group.setText(Messages.Preferences_certificate);
		kind = new RadioGroupFieldEditor(BrokerPreferences.CERTIFICATE_KIND, "", 1, new String[][] { //$NON-NLS-1$
				{ Messages.Preferences_generateCertificate, Kind.LAN.name() },
				{ Messages.Preferences_pemCertificate, Kind.PEM.name() },
				{ Messages.Preferences_pkcs12Certificate, Kind.PKCS12.name() } }, group);
		fields.accept(kind);
		generatedLabel = new Label(group, SWT.NONE);
		generatedLabel.setText(Messages.Preferences_lanCertificateFile);
		generatedFile = new Text(group, SWT.READ_ONLY | SWT.SINGLE);
		generatedFile.setText(generated.certificate().toString());
		showFolder = new Button(group, SWT.PUSH);
		showFolder.setText(Messages.Preferences_showFolder);
		showFolder.addListener(SWT.Selection, e -> Program.launch(generated.certificate().getParent().toString()));
		certificate = new OptionalFileFieldEditor(BrokerPreferences.CERTIFICATE_FILE,
				Messages.Preferences_certificateFile, PEM, group);
		key = new OptionalFileFieldEditor(BrokerPreferences.KEY_FILE, Messages.Preferences_keyFile, PEM, group);
		pkcs12 = new OptionalFileFieldEditor(BrokerPreferences.PKCS12_FILE, Messages.Preferences_pkcs12File, PKCS12,
				group);
		password = new SecretFieldEditor(Messages.Preferences_pkcs12Password, group);
		fields.accept(certificate);
		fields.accept(key);
		fields.accept(pkcs12);
		fields.accept(password);
	}

	/** Lays the group out over the page's columns; call after the page has laid out its field editors. */
	void layout(int columns) {
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).indent(0, 8).applyTo(group);
		// every field editor set the group's layout to its own columns when it was made
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).span(Math.max(1, columns - 2), 1).applyTo(generatedFile);
	}

	/** The choice of the radio buttons. */
	private Kind selected() {
		String value = kind.getSelectionValue();
		for (Kind candidate : Kind.values()) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		return Kind.LAN;
	}

	/** Enables the fields of the current choice only. */
	void updateEnablement() {
		Kind selected = selected();
		certificate.setEnabled(selected == Kind.PEM, group);
		key.setEnabled(selected == Kind.PEM, group);
		pkcs12.setEnabled(selected == Kind.PKCS12, group);
		password.setEnabled(selected == Kind.PKCS12, group);
		boolean lan = selected == Kind.LAN;
		generatedLabel.setEnabled(lan);
		generatedFile.setEnabled(lan);
		showFolder.setEnabled(lan && Files.isDirectory(generated.certificate().getParent()));
	}

	/** The certificate source as the fields show it. */
	CertificateSource source() {
		return switch (selected()) {
		case LAN -> generated;
		case PEM -> CertificateSource.pem(path(certificate), path(key));
		case PKCS12 -> CertificateSource.pkcs12(path(pkcs12), password.getStringValue());
		};
	}

	private static Path path(OptionalFileFieldEditor field) {
		String text = field.getStringValue().trim();
		return text.isEmpty() ? null : Path.of(text);
	}
}
