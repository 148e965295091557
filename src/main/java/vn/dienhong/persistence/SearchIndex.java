package vn.dienhong.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The full-text index of every page in use, in memory (Lucene), folded the Vietnamese way so that
 * "nghi quyet ngan sach" finds "Nghị quyết … ngân sách"; rebuilt from the stored page texts at start.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String DOC = "doc";
    private static final String PAGE = "page";
    static final String TEXT = "text";
    static final String TITLE = "title";
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** One matching page: the document version, the page and its stored (NFC) text. */
    public record PageHit(long documentId, int page, String text) {
    }

    public SearchIndex() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer()));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tokens split on word boundaries, lower-cased, marks folded (đ → d by ASCIIFoldingFilter). */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokens = new StandardTokenizer();
                TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(tokens));
                return new TokenStreamComponents(tokens, folded);
            }
        };
    }

    /**
     * Adds one page of a version, with the document's title (a page of a document whose title
     * matches ranks higher); visible to searches once {@link #commit()} ran.
     */
    public void add(long documentId, String title, int page, String text) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new LongField(DOC, documentId, Field.Store.YES));
        doc.add(new IntField(PAGE, page, Field.Store.YES));
        doc.add(new TextField(TEXT, TextFolding.nfc(text), Field.Store.YES));
        doc.add(new TextField(TITLE, TextFolding.nfc(title), Field.Store.NO));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops every page of a version (withdrawn or replaced). */
    public void remove(long documentId) {
        try {
            writer.deleteDocuments(LongField.newExactQuery(DOC, documentId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was added or removed visible to the next search. */
    public void commit() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best pages for {@code query} among {@code allowed} versions, at most {@code limit}. */
    public List<PageHit> search(String query, Collection<Long> allowed, int limit) {
        List<String> terms = SearchQuery.terms(analyzer(), query);
        if (terms.isEmpty() || allowed.isEmpty()) {
            return List.of();
        }
        Query q = SearchQuery.build(terms, LongField.newSetQuery(DOC, allowed.stream().mapToLong(Long::longValue)
                .toArray()));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<PageHit> hits = new ArrayList<>();
                for (ScoreDoc score : searcher.search(q, limit).scoreDocs) {
                    var doc = searcher.storedFields().document(score.doc);
                    hits.add(new PageHit(doc.getField(DOC).numericValue().longValue(),
                            doc.getField(PAGE).numericValue().intValue(), doc.get(TEXT)));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
