/* tf-json-writer.h — a small writer of real JSON, for figures and exports
 *
 * GLib has no JSON and json-glib is not a dependency, so the core writes
 * its JSON with this: commas and nesting are tracked for the caller,
 * strings are escaped (quotes, backslashes, control characters; invalid
 * UTF-8 becomes U+FFFD), and numbers that JSON cannot hold (NaN,
 * infinities) are written as null.
 *
 *   TfJsonWriter *w = tf_json_writer_new (TRUE);
 *   tf_json_writer_begin_object (w);
 *   tf_json_writer_member_string (w, "period", "2025-Q2");
 *   tf_json_writer_end_object (w);
 *   char *json = tf_json_writer_free_to_string (w);
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-version.h"

G_BEGIN_DECLS

typedef struct _TfJsonWriter TfJsonWriter;

/* @pretty: indent two spaces per level and put each member on its own line. */
TF_AVAILABLE_IN_ALL
TfJsonWriter *tf_json_writer_new            (gboolean      pretty);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_free           (TfJsonWriter *self);
/* The text written (transfer full); frees the writer. Every object and
 * array must be closed. */
TF_AVAILABLE_IN_ALL
char         *tf_json_writer_free_to_string (TfJsonWriter *self);

TF_AVAILABLE_IN_ALL
void          tf_json_writer_begin_object   (TfJsonWriter *self);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_end_object     (TfJsonWriter *self);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_begin_array    (TfJsonWriter *self);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_end_array      (TfJsonWriter *self);
/* The name of the next member, inside an object. */
TF_AVAILABLE_IN_ALL
void          tf_json_writer_key            (TfJsonWriter *self,
                                             const char   *key);
/* Values: in an array, or after a key. A NULL string is written as null. */
TF_AVAILABLE_IN_ALL
void          tf_json_writer_string         (TfJsonWriter *self,
                                             const char   *value);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_int            (TfJsonWriter *self,
                                             gint64        value);
/* Written with up to @decimals decimals (0–6), trailing zeros dropped. */
TF_AVAILABLE_IN_ALL
void          tf_json_writer_double         (TfJsonWriter *self,
                                             double        value,
                                             int           decimals);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_boolean        (TfJsonWriter *self,
                                             gboolean      value);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_null           (TfJsonWriter *self);
/* key + value in one call */
TF_AVAILABLE_IN_ALL
void          tf_json_writer_member_string  (TfJsonWriter *self,
                                             const char   *key,
                                             const char   *value);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_member_int     (TfJsonWriter *self,
                                             const char   *key,
                                             gint64        value);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_member_double  (TfJsonWriter *self,
                                             const char   *key,
                                             double        value,
                                             int           decimals);
TF_AVAILABLE_IN_ALL
void          tf_json_writer_member_boolean (TfJsonWriter *self,
                                             const char   *key,
                                             gboolean      value);
/* Appends @text as a JSON string literal (quoted and escaped) to @out. */
TF_AVAILABLE_IN_ALL
void          tf_json_append_escaped        (GString      *out,
                                             const char   *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfJsonWriter, tf_json_writer_free)

G_END_DECLS
