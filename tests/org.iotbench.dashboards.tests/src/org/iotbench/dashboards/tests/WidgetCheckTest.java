package org.iotbench.dashboards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iotbench.dashboards.WidgetCheck;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.junit.jupiter.api.Test;

/** Bad widget settings are refused with a message that says what to change; right ones pass. */
class WidgetCheckTest {

	static Widget widget(WidgetKind kind, String topic) {
		Widget widget = ProjectsFactory.eINSTANCE.createWidget();
		widget.setKind(kind);
		widget.setTopic(topic);
		return widget;
	}

	@Test
	void aControlOnAWildcardTopicIsRefusedAndTheMessageNamesTheTopic() {
		for (WidgetKind kind : new WidgetKind[] { WidgetKind.BUTTON, WidgetKind.SWITCH, WidgetKind.SLIDER,
				WidgetKind.INPUT, WidgetKind.COLOR }) {
			String problem = WidgetCheck.problem(widget(kind, "lamps/+/set"));
			assertNotNull(problem, kind.getName());
			assertTrue(problem.contains("lamps/+/set") && problem.contains("wildcard"), problem);
		}
		assertNull(WidgetCheck.problem(widget(WidgetKind.SWITCH, "lamps/desk/set")));
		assertNotNull(WidgetCheck.problem(widget(WidgetKind.BUTTON, "")), "a control needs a topic");
	}

	@Test
	void aDisplayMayReadAWildcardFilterButNotAnInvalidOne() {
		assertNull(WidgetCheck.problem(widget(WidgetKind.LOG, "sensors/#")));
		assertNull(WidgetCheck.problem(widget(WidgetKind.VALUE, "sensors/+/temp")));
		assertNotNull(WidgetCheck.problem(widget(WidgetKind.VALUE, "sensors/#/temp")));
		assertNotNull(WidgetCheck.problem(widget(WidgetKind.VALUE, "")));
	}

	@Test
	void anInvalidJsonPathIsRefusedAndNamed() {
		Widget gauge = widget(WidgetKind.GAUGE, "greenhouse/air");
		gauge.setJsonPath("$.env..temp[");
		String problem = WidgetCheck.problem(gauge);
		assertNotNull(problem);
		assertTrue(problem.contains("$.env..temp["), problem);
		gauge.setJsonPath("$.env.temp");
		assertNull(WidgetCheck.problem(gauge));

		Widget chart = widget(WidgetKind.LINE, "");
		ChartSeries series = ProjectsFactory.eINSTANCE.createChartSeries();
		series.setTopicFilter("greenhouse/soil");
		series.setJsonPath("moisture");
		chart.getSeries().add(series);
		assertNotNull(WidgetCheck.problem(chart), "a line's path is checked too");
		series.setJsonPath("$.moisture");
		assertNull(WidgetCheck.problem(chart), "a chart may take all its lines from its series");
	}

	@Test
	void minAboveMaxIsRefusedWithBothValues() {
		for (WidgetKind kind : new WidgetKind[] { WidgetKind.GAUGE, WidgetKind.BAR, WidgetKind.SLIDER }) {
			Widget widget = widget(kind, "a/b");
			widget.setMin(50);
			widget.setMax(10);
			String problem = WidgetCheck.problem(widget);
			assertNotNull(problem, kind.getName());
			assertTrue(problem.contains("50") && problem.contains("10"), problem);
		}
		Widget slider = widget(WidgetKind.SLIDER, "a/b");
		slider.setStep(0);
		assertTrue(WidgetCheck.problem(slider).contains("step"), WidgetCheck.problem(slider));
	}

	@Test
	void conditionsZonesChoicesAndTemplatesMustParse() {
		Widget indicator = widget(WidgetKind.INDICATOR, "door/state");
		indicator.setCondition("> warm");
		assertTrue(WidgetCheck.problem(indicator).contains("> warm"));
		indicator.setCondition("== open");
		assertNull(WidgetCheck.problem(indicator));

		Widget gauge = widget(WidgetKind.GAUGE, "t");
		gauge.setZones("30 #f9a825, 40 red");
		assertTrue(WidgetCheck.problem(gauge).contains("40 red"));
		gauge.setZones("30 #f9a825, 40 #c62828");
		assertNull(WidgetCheck.problem(gauge));

		Widget choice = widget(WidgetKind.CHOICE, "fan/speed");
		choice.setChoices(" , ");
		assertNotNull(WidgetCheck.problem(choice));
		choice.setChoices("Low=1, =2");
		assertTrue(WidgetCheck.problem(choice).contains("=2"));

		Widget slider = widget(WidgetKind.SLIDER, "lamp/level");
		slider.setPayload("{\"level\": ${level}}");
		assertTrue(WidgetCheck.problem(slider).contains("${level}"), WidgetCheck.problem(slider));
		slider.setPayload("{\"level\": ${value}");
		assertNull(WidgetCheck.problem(slider), "an unbalanced brace of JSON is the user's payload, not a variable");

		Widget toggle = widget(WidgetKind.SWITCH, "relay/1");
		toggle.setOnPayload("1");
		toggle.setOffPayload("1");
		assertNotNull(WidgetCheck.problem(toggle), "on and off must differ");
		toggle.setOffPayload("0");
		toggle.setStatusTopic("relay/1/#/state");
		assertNotNull(WidgetCheck.problem(toggle), "the status topic is a filter and must be valid");
		toggle.setStatusTopic("relay/1/state");
		toggle.setQos(3);
		assertEquals(true, WidgetCheck.problem(toggle).contains("3"));
	}
}
