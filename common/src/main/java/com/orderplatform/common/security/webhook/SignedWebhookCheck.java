package com.orderplatform.common.security.webhook;

import java.util.Arrays;
import java.util.List;

import com.orderplatform.common.security.SignedWebhook;
import com.orderplatform.common.security.WebhookSecret;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start a service whose {@link SignedWebhook} handler could run without its
 * signature being checked: the check happens while the required {@code @RequestBody} is
 * read, so a handler without one, or naming an unknown secret, is a mistake caught here
 * rather than an open door found later.
 */
public class SignedWebhookCheck implements SmartInitializingSingleton {

	private final ListableBeanFactory beans;

	private final SignedWebhookVerifier verifier;

	public SignedWebhookCheck(ListableBeanFactory beans, SignedWebhookVerifier verifier) {
		this.beans = beans;
		this.verifier = verifier;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.beans.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach(mapping -> mapping.getHandlerMethods().values().forEach(this::check));
	}

	private void check(HandlerMethod handler) {
		SignedWebhook webhook = handler.getMethodAnnotation(SignedWebhook.class);
		if (webhook == null) {
			return;
		}
		List<RequestBody> bodies = Arrays.stream(handler.getMethodParameters())
			.map(parameter -> parameter.getParameterAnnotation(RequestBody.class))
			.filter(body -> body != null && body.required())
			.toList();
		if (bodies.size() != 1) {
			throw new IllegalStateException("@SignedWebhook " + handler.getShortLogMessage()
					+ " must take exactly one required @RequestBody, which its signature is checked on");
		}
		if (!this.verifier.knows(webhook.value())) {
			throw new IllegalStateException("@SignedWebhook " + handler.getShortLogMessage() + " names the secret '"
					+ webhook.value() + "', but no WebhookSecret bean has that name");
		}
	}

}
