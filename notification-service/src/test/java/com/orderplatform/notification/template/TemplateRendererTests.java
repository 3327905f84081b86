package com.orderplatform.notification.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TemplateRendererTests {

	private static final TemplateKey CONFIRMATION_JA = new TemplateKey("ORDER_CONFIRMATION", Channel.EMAIL,
			Language.JA);

	private static final TemplateKey CONFIRMATION_SMS = new TemplateKey("ORDER_CONFIRMATION", Channel.SMS, Language.JA);

	private final InMemoryTemplates templates = new InMemoryTemplates()
		.with(CONFIRMATION_JA, "ご注文確認 — 注文番号 #{{ order_id }}",
				"{{ customer_name }} 様\nご注文金額：{{ total_amount | amount }}円（{{ item_count }}点）")
		.with(CONFIRMATION_SMS, null, "#{{ order_id }} {{ customer_name }}様 ありがとうございます");

	private final TemplateRenderer renderer = new TemplateRenderer(this.templates);

	@Test
	void rendersJapaneseSubjectAndBody() {
		RenderedMessage message = this.renderer.render(CONFIRMATION_JA, sample());

		assertThat(message.subject()).isEqualTo("ご注文確認 — 注文番号 #42");
		assertThat(message.body()).isEqualTo("田中太郎 様\nご注文金額：183,100円（2点）");
	}

	@Test
	void rendersSmsWithoutSubject() {
		RenderedMessage message = this.renderer.render(CONFIRMATION_SMS, sample());

		assertThat(message.subject()).isNull();
		assertThat(message.body()).isEqualTo("#42 田中太郎様 ありがとうございます");
	}

	@Test
	void leavesMarkupCharactersAsTyped() {
		Map<String, Object> data = sample();
		data.put("customer_name", "Smith & Sons <\"Tokyo\">");

		assertThat(this.renderer.render(CONFIRMATION_JA, data).body()).startsWith("Smith & Sons <\"Tokyo\"> 様");
	}

	@ParameterizedTest
	@MethodSource("amounts")
	void writesAmountsExactlyWithThousandsSeparators(Object amount, String written) {
		Map<String, Object> data = sample();
		data.put("total_amount", amount);

		assertThat(this.renderer.render(CONFIRMATION_JA, data).body()).contains("ご注文金額：" + written + "円");
	}

	static Stream<Arguments> amounts() {
		return Stream.of(arguments(183100, "183,100"), arguments(183100L, "183,100"), arguments("183100", "183,100"),
				arguments(183100.0, "183,100"), arguments(new BigDecimal("1000000"), "1,000,000"),
				arguments(999, "999"), arguments(0, "0"), arguments(1234567890123L, "1,234,567,890,123"));
	}

	@Test
	void refusesDataWithoutAVariableTheTemplateUses() {
		Map<String, Object> data = sample();
		data.remove("customer_name");

		assertThatExceptionOfType(TemplateRenderingException.class)
			.isThrownBy(() -> this.renderer.render(CONFIRMATION_JA, data))
			.withMessage("Template ORDER_CONFIRMATION (email, ja) needs the variable 'customer_name' in template_data")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("template_data.customer_name"));
	}

	@Test
	void refusesAnAmountThatIsNotANumber() {
		Map<String, Object> data = sample();
		data.put("total_amount", "much");

		assertThatExceptionOfType(TemplateRenderingException.class)
			.isThrownBy(() -> this.renderer.render(CONFIRMATION_JA, data))
			.withMessageStartingWith(
					"Template ORDER_CONFIRMATION (email, ja) cannot be rendered: 'much' is not a number")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("template_data"));
	}

	@Test
	void refusesAnUnknownTemplateListingTheNamesThatExist() {
		TemplateKey unknown = new TemplateKey("ORDER_LOST", Channel.EMAIL, Language.JA);

		assertThatExceptionOfType(UnknownTemplateException.class)
			.isThrownBy(() -> this.renderer.render(unknown, sample()))
			.withMessage("No template 'ORDER_LOST' exists for channel email and language ja; "
					+ "available: ORDER_CONFIRMATION")
			.satisfies((ex) -> assertThat(ex.availableNames()).containsExactly("ORDER_CONFIRMATION"));
	}

	@Test
	void saysNoneWhenALanguageHasNoTemplates() {
		TemplateKey english = new TemplateKey("ORDER_CONFIRMATION", Channel.EMAIL, Language.EN);

		assertThatExceptionOfType(UnknownTemplateException.class)
			.isThrownBy(() -> this.renderer.render(english, sample()))
			.withMessageEndingWith("available: none");
	}

	@Test
	void compilesEachTemplateOnlyOnce() {
		this.renderer.render(CONFIRMATION_JA, sample());
		this.renderer.render(CONFIRMATION_JA, sample());
		this.renderer.render(CONFIRMATION_SMS, sample());
		this.renderer.render(CONFIRMATION_JA, sample());

		assertThat(this.templates.lookups).containsExactly(CONFIRMATION_JA, CONFIRMATION_SMS);
	}

	@Test
	void keepsTheSubjectOnOneLine() {
		Map<String, Object> data = sample();
		data.put("order_id", "42\r\nBcc: everyone@example.com");

		assertThat(this.renderer.render(CONFIRMATION_JA, data).subject())
			.isEqualTo("ご注文確認 — 注文番号 #42 Bcc: everyone@example.com");
	}

	@Test
	void refusesASubjectLongerThanAHeaderLine() {
		Map<String, Object> data = sample();
		data.put("order_id", "9".repeat(TemplateRenderer.MAX_SUBJECT_LENGTH));

		assertThatExceptionOfType(TemplateRenderingException.class)
			.isThrownBy(() -> this.renderer.render(CONFIRMATION_JA, data))
			.withMessageContaining("the subject would be");
	}

	private static Map<String, Object> sample() {
		Map<String, Object> data = new HashMap<>();
		data.put("order_id", 42);
		data.put("customer_name", "田中太郎");
		data.put("total_amount", 183100);
		data.put("currency", "JPY");
		data.put("item_count", 2);
		return data;
	}

	/** Templates held in memory; remembers every lookup. */
	static final class InMemoryTemplates implements TemplateLookup {

		private final Map<TemplateKey, NotificationTemplate> templates = new HashMap<>();

		final List<TemplateKey> lookups = new ArrayList<>();

		InMemoryTemplates with(TemplateKey key, String subject, String body) {
			this.templates.put(key, new NotificationTemplate(key, subject, body));
			return this;
		}

		@Override
		public Optional<NotificationTemplate> find(TemplateKey key) {
			this.lookups.add(key);
			return Optional.ofNullable(this.templates.get(key));
		}

		@Override
		public List<String> namesFor(Channel channel, Language language) {
			return this.templates.keySet()
				.stream()
				.filter((key) -> key.channel() == channel && key.language() == language)
				.map(TemplateKey::name)
				.sorted()
				.toList();
		}

	}

}
