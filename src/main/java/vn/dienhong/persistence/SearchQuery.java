package vn.dienhong.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a delegate typed into a Lucene query: every word must be on the page, and the last one
 * may be unfinished ("ngan sa" finds "ngân sách"), since people search while typing; pages where the
 * words stand together, or whose document's title has them, come first.
 */
final class SearchQuery {
    static final int MAX_TERMS = 12;
    private static final int PHRASE_SLOP = 2;
    private static final float PHRASE_BOOST = 3f;
    private static final float TITLE_BOOST = 1.5f;

    private SearchQuery() {
    }

    /** The folded words of {@code text}, at most {@link #MAX_TERMS}. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(SearchIndex.TEXT, text == null ? "" : text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static Query build(List<String> terms, Query filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            Term term = new Term(SearchIndex.TEXT, terms.get(i));
            boolean last = i == terms.size() - 1;
            query.add(last && term.text().length() >= 2 ? new PrefixQuery(term) : new TermQuery(term),
                    BooleanClause.Occur.MUST);
        }
        if (terms.size() > 1) {
            query.add(new BoostQuery(new PhraseQuery(PHRASE_SLOP, SearchIndex.TEXT, terms.toArray(String[]::new)),
                    PHRASE_BOOST), BooleanClause.Occur.SHOULD);
        }
        for (String term : terms) {
            query.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TITLE, term)), TITLE_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        query.add(filter, BooleanClause.Occur.FILTER);
        return query.build();
    }
}
