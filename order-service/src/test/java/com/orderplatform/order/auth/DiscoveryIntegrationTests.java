package com.orderplatform.order.auth;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.SecurityIntegrationTestSupport;
import com.orderplatform.order.api.TokenResponse;
import com.orderplatform.order.TestSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discovery document and key set the other services verify tokens with: public,
 * public keys only, and enough to verify a token from a login the way the payment and
 * notification services do (OIDC discovery from the issuer URL).
 */
class DiscoveryIntegrationTests extends SecurityIntegrationTestSupport {

	@Test
	void publishesTheDiscoveryDocumentToAnyone() {
		this.http.get()
			.uri("/.well-known/openid-configuration")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.issuer")
			.isEqualTo(ISSUER)
			.jsonPath("$.jwks_uri")
			.isEqualTo(ISSUER + "/.well-known/jwks.json")
			.jsonPath("$.id_token_signing_alg_values_supported")
			.isEqualTo(List.of("RS256"))
			.jsonPath("$.subject_types_supported")
			.isEqualTo(List.of("public"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void publishesOnlyThePublicPartOfTheSigningKey() {
		Map<String, Object> keySet = this.http.get()
			.uri("/.well-known/jwks.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		List<Map<String, Object>> keys = (List<Map<String, Object>>) keySet.get("keys");
		assertThat(keys).singleElement().satisfies(key -> {
			assertThat(key).containsEntry("kty", "RSA").containsEntry("use", "sig").containsEntry("alg", "RS256");
			assertThat(key).containsKeys("kid", "n", "e");
			assertThat(key).doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
			assertThat(Base64.getUrlDecoder().decode((String) key.get("n"))).hasSize(256);
		});
	}

	@Test
	void aTokenFromLoginVerifiesAgainstThePublishedKeysFoundByDiscovery() {
		TokenResponse login = loggedIn(TestSecurity.ADMIN_USERNAME, TestSecurity.ADMIN_PASSWORD);
		JwtDecoder likeTheOtherServices = JwtDecoders.fromIssuerLocation(ISSUER);

		Jwt token = likeTheOtherServices.decode(login.accessToken());

		assertThat(token.getIssuer()).hasToString(ISSUER);
		assertThat(token.getSubject()).isEqualTo(TestSecurity.ADMIN_USERNAME);
		assertThat(token.getClaimAsStringList("roles")).containsExactly("admin");
		assertThat(token.getHeaders()).containsEntry("alg", "RS256");
	}

}
