/* The C reference for the export benchmark: GraphML of the same shape as NewsGraph's
 * (10 node keys' worth of data, an ~80-character evidence sentence per edge) written with
 * libxml2's xmlTextWriter into a callback that only counts bytes.
 *
 *   cc -O2 $(pkg-config --cflags libxml-2.0) xmltextwriter_graphml.c $(pkg-config --libs libxml-2.0) -o xmltextwriter_graphml
 *   ./xmltextwriter_graphml 10000 50000
 */
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long long total = 0;
static int count_bytes(void *context, const char *buffer, int length) {
    (void)context; (void)buffer;
    total += length;
    return length;
}

static const char *words[] = {"Iran", "Müller", "Straße", "東京", "Київ", "AT&T", "<Corp>", "\"Q\"", "O'Neil", "Ñandú", "Quds", "Force"};
static const char *kinds[] = {"Person", "Organization", "Country", "Location", "Facility"};

static unsigned long long state = 42;
static unsigned long long next(void) {
    unsigned long long z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void data(xmlTextWriterPtr w, const char *key, const char *value) {
    xmlTextWriterStartElement(w, BAD_CAST "data");
    xmlTextWriterWriteAttribute(w, BAD_CAST "key", BAD_CAST key);
    xmlTextWriterWriteString(w, BAD_CAST value);
    xmlTextWriterEndElement(w);
}

int main(int argc, char **argv) {
    int nodes = argc > 1 ? atoi(argv[1]) : 10000, edges = argc > 2 ? atoi(argv[2]) : 50000;
    char **names = malloc(sizeof(char *) * nodes);
    for (int i = 0; i < nodes; i++) {
        names[i] = malloc(64);
        snprintf(names[i], 64, "%s %s %d", words[next() % 12], words[next() % 12], i);
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    xmlOutputBufferPtr out = xmlOutputBufferCreateIO(count_bytes, NULL, NULL, NULL);
    xmlTextWriterPtr w = xmlNewTextWriter(out);
    xmlTextWriterSetIndent(w, 1);
    xmlTextWriterSetIndentString(w, BAD_CAST "  ");
    xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL);
    xmlTextWriterStartElement(w, BAD_CAST "graphml");
    xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns", BAD_CAST "http://graphml.graphdrawing.org/xmlns");
    char buffer[512], id[32];
    for (int k = 0; k < 20; k++) {
        snprintf(id, sizeof id, "d%d", k);
        xmlTextWriterStartElement(w, BAD_CAST "key");
        xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST id);
        xmlTextWriterWriteAttribute(w, BAD_CAST "for", BAD_CAST (k < 11 ? "node" : "edge"));
        xmlTextWriterWriteAttribute(w, BAD_CAST "attr.name", BAD_CAST id);
        xmlTextWriterWriteAttribute(w, BAD_CAST "attr.type", BAD_CAST "string");
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterStartElement(w, BAD_CAST "graph");
    xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST "G");
    xmlTextWriterWriteAttribute(w, BAD_CAST "edgedefault", BAD_CAST "directed");
    for (int i = 0; i < nodes; i++) {
        const char *kind = kinds[next() % 5];
        xmlTextWriterStartElement(w, BAD_CAST "node");
        snprintf(id, sizeof id, "n%d", i);
        xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST id);
        data(w, "d0", names[i]); data(w, "d1", names[i]);
        snprintf(buffer, sizeof buffer, "a%d", i); data(w, "d2", buffer);
        data(w, "d3", kind); data(w, "d4", kind);
        data(w, "d6", "2");
        data(w, "d7", "doc0|doc1");
        snprintf(buffer, sizeof buffer, "doc0:%d-%d doc1:%d-%d", i, i + 5, i, i + 5); data(w, "d8", buffer);
        data(w, "d9", "#4E79A7"); data(w, "d10", "15.7");
        xmlTextWriterEndElement(w);
    }
    for (int e = 0; e < edges; e++) {
        int s = (int)(next() % nodes), t = (int)(next() % nodes);
        xmlTextWriterStartElement(w, BAD_CAST "edge");
        snprintf(id, sizeof id, "e%d", e);
        xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST id);
        snprintf(id, sizeof id, "n%d", s); xmlTextWriterWriteAttribute(w, BAD_CAST "source", BAD_CAST id);
        snprintf(id, sizeof id, "n%d", t); xmlTextWriterWriteAttribute(w, BAD_CAST "target", BAD_CAST id);
        data(w, "d11", "met_with"); data(w, "d12", "met_with"); data(w, "d13", "04");
        data(w, "d14", "1.0"); data(w, "d15", "0.8");
        snprintf(buffer, sizeof buffer, "On day %d, %s & %s met in \"Genève\" <b>.", e % 365, names[s], names[t]);
        data(w, "d16", buffer);
        snprintf(buffer, sizeof buffer, "doc%d", e % 100); data(w, "d17", buffer);
        snprintf(buffer, sizeof buffer, "doc%d:%d-%d", e % 100, e, e + 80); data(w, "d19", buffer);
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndDocument(w);
    xmlFreeTextWriter(w);
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%-37s%-9.3f%-9.1f%.1f\n", "C xmlTextWriter (same shape)", seconds, total / 1e6, total / 1e6 / seconds);
    return 0;
}
