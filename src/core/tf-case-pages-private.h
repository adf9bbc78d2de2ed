/* tf-case-pages-private.h — the case list's rows, read a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-case-summary.h"
#include "tf-session.h"

G_BEGIN_DECLS

/* A cache of TfCaseSummary pages over an ordered array of case ids: a row
 * is read from SQLite with the 99 around it when the view first asks for
 * it, and the most recently read pages are kept. */
typedef struct _TfCasePages TfCasePages;

TfCasePages   *tf_case_pages_new          (void);
void           tf_case_pages_free         (TfCasePages  *pages);
/* The row at @position of @ids (gint64 case ids; a position holding 0 is a
 * row not read yet). @today dates the follow-up. Transfer none: valid until
 * the next call. */
TfCaseSummary *tf_case_pages_get          (TfCasePages  *pages,
                                           TfSession    *session,
                                           const GArray *ids,
                                           guint         position,
                                           const char   *today);
/* The positions before @prefix (which hold the same cases in @old's ids
 * and in @ids) whose row @old read differs from what it is now: those rows
 * changed in the store, and are announced alone so the view keeps its
 * place. Reads the pages needed into @pages. */
GArray        *tf_case_pages_changed_rows (TfCasePages  *pages,
                                           TfCasePages  *old,
                                           TfSession    *session,
                                           const GArray *ids,
                                           guint         prefix,
                                           const char   *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfCasePages, tf_case_pages_free)

G_END_DECLS
