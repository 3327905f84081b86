package com.orderplatform.order.bulkimport.mapping;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Header normalisation and the similarity measure, on the research's examples. */
class HeaderKeyTests {

	@Test
	void foldsWidthCaseSeparatorsAndKatakana() {
		assertThat(HeaderKey.of("ﾒｰﾙｱﾄﾞﾚｽ").key()).isEqualTo("めーるあどれす");
		assertThat(HeaderKey.of("Ｅ－ｍａｉｌ").key()).isEqualTo("email");
		assertThat(HeaderKey.of(" Customer_Email ").key()).isEqualTo("customeremail");
		assertThat(HeaderKey.of("商品・名").key()).isEqualTo("商品名");
	}

	@Test
	void takesBracketedPartsOutAsQualifiers() {
		assertThat(HeaderKey.of("単価（税込）"))
			.isEqualTo(new HeaderKey("単価", Set.of(HeaderKey.Qualifier.TAX_INCLUDED), true));
		assertThat(HeaderKey.of("単価【税抜】"))
			.isEqualTo(new HeaderKey("単価", Set.of(HeaderKey.Qualifier.TAX_EXCLUDED), true));
		assertThat(HeaderKey.of("数量(個)")).isEqualTo(new HeaderKey("数量", Set.of(HeaderKey.Qualifier.PIECES), true));
		assertThat(HeaderKey.of("金額〔円〕")).isEqualTo(new HeaderKey("金額", Set.of(HeaderKey.Qualifier.YEN), true));
		assertThat(HeaderKey.of("注文者名(カナ)").reading()).isTrue();
		assertThat(HeaderKey.of("注文者名フリガナ").reading()).isTrue();
		assertThat(HeaderKey.of("注文者名").reading()).isFalse();
	}

	@Test
	void scoresLikeDifflib() {
		assertThat(Similarity.ratio("顧客名かな", "顧客名")).isEqualTo(0.75);
		assertThat(Similarity.ratio("商品こーど", "商品名")).isEqualTo(0.5);
		assertThat(Similarity.ratio("単位", "単価")).isEqualTo(0.5);
		assertThat(Similarity.ratio("abcd", "bcde")).isEqualTo(0.75);
		assertThat(Similarity.ratio("", "")).isEqualTo(1.0);
		assertThat(Similarity.ratio("abc", "xyz")).isEqualTo(0.0);
	}

}
