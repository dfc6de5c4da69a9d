package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.iotbench.rcp.help.GuidePages;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.views.ConnectionLogView;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

/** The user guide, context help (F1) on each part, and an About that says which version this is. */
class HelpTest {

	private static final String GUIDE = "IoT Workbench User Guide";
	private static final String F1_COMMAND = "org.eclipse.ui.help.dynamicHelp";

	@Test
	void everyViewEditorAndDialogHasHelpThatLinksToPagesThatExist() throws Exception {
		for (String id : HelpContexts.ALL) {
			IContext context = HelpSystem.getContext(id);
			assertNotNull(context, "no help for " + id);
			assertFalse(context.getText() == null || context.getText().isBlank(), "no text in the help of " + id);
			IHelpResource[] topics = context.getRelatedTopics();
			assertTrue(topics != null && topics.length > 0, "no page linked from the help of " + id);
			for (IHelpResource topic : topics) {
				assertPageExists(topic.getHref(), id);
			}
		}
	}

	@Test
	void theGuidesContentsListEveryPageAndEachExists() throws Exception {
		IToc toc = Arrays.stream(HelpSystem.getTocs()).filter(t -> GUIDE.equals(t.getLabel())).findFirst()
				.orElseThrow(() -> new AssertionError("no table of contents named " + GUIDE));
		List<String> hrefs = new ArrayList<>();
		hrefs.add(toc.getTopic(null).getHref());
		collect(toc.getTopics(), hrefs);
		assertTrue(hrefs.size() >= 8, "the guide has its pages: " + hrefs);
		for (String href : hrefs) {
			assertPageExists(href, "the contents");
		}
		Path folder = Path.of(GuidePages.url(GuidePages.HOME).toURI()).getParent();
		Set<String> listed = hrefs.stream().map(h -> h.replaceAll("#.*", "")).map(h -> h.substring(h.lastIndexOf('/') + 1))
				.collect(Collectors.toCollection(TreeSet::new));
		try (Stream<Path> files = Files.list(folder)) {
			Set<String> pages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
					.collect(Collectors.toCollection(TreeSet::new));
			assertEquals(pages, listed, "every page of the guide is in its contents, and only those");
		}
	}

	@Test
	void f1OnTheConnectionLogShowsItsHelpWithLinksToTheGuide() throws Exception {
		var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		ConnectionLogView log = (ConnectionLogView) page.showView(ConnectionLogView.ID);
		Control table = log.viewer().getControl();
		table.setFocus();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertTrue(Arrays.stream(bindings.getActiveBindingsFor(F1_COMMAND)).anyMatch(k -> k.format().equals("F1")),
				"F1 is the key of context help");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(F1_COMMAND, null);
		IContext context = HelpSystem.getContext(HelpContexts.CONNECTION_LOG_VIEW);
		String firstTopic = context.getRelatedTopics()[0].getLabel();
		Display display = table.getDisplay();
		assertTrue(UiWait.until(5, () -> popup(display, firstTopic) != null), "F1 shows the help of the log");
		Shell popup = popup(display, firstTopic);
		assertTrue(popup.getBounds().intersects(display.getPrimaryMonitor().getBounds()), "on the screen");
		popup.close();
	}

	@Test
	void aboutSaysTheVersion() {
		String about = org.eclipse.ui.internal.ProductProperties.getAboutText(Platform.getProduct());
		Version version = Platform.getBundle("org.iotbench.rcp").getVersion();
		String expected = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		assertTrue(about.contains("Version " + expected), about);
		assertFalse(about.contains("{0}") || about.contains("${"), "every placeholder filled in: " + about);
	}

	private static void collect(ITopic[] topics, List<String> hrefs) {
		for (ITopic topic : topics) {
			if (topic.getHref() != null) {
				hrefs.add(topic.getHref());
			}
			collect(topic.getSubtopics(), hrefs);
		}
	}

	/** The page is a file, and the anchor it names is in it. */
	private static void assertPageExists(String href, String where) throws Exception {
		URL url = GuidePages.url(href);
		Path file = Path.of(url.toURI().getPath());
		assertTrue(Files.isRegularFile(file), href + " of " + where + " is not a file: " + file);
		String anchor = url.toURI().getFragment();
		if (anchor != null) {
			String page = Files.readString(file, StandardCharsets.UTF_8);
			assertTrue(page.contains("id=\"" + anchor + "\""), href + " of " + where + ": no anchor " + anchor);
		}
	}

	private static Shell popup(Display display, String linkLabel) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && hasLink(shell, linkLabel)) {
				return shell;
			}
		}
		return null;
	}

	private static boolean hasLink(Control control, String label) {
		if (control instanceof Link link && link.getText().contains(label)) {
			return true;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (hasLink(child, label)) {
					return true;
				}
			}
		}
		return false;
	}
}
