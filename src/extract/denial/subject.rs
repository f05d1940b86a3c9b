//! Who the subject of a denial is: the clause's subject phrase, the members of a list, a
//! pronoun's antecedent, a person's company, a quote's speaker. Kept apart from the cue
//! rules in `denial.rs` because every cue rule ends in the same question: who is speaking.

use super::{Ctx, Rules, focus, non_company_head, official_account, orgs_within};
use crate::extract::Found;
use crate::extract::company::{self, OrgRef};
use crate::text::{Doc, Span};

impl Rules {
    /// The subject of the clause holding `cue`: the speaker after an opening "Menurut X,",
    /// else the text before the clause's first speech or denial verb.
    pub(super) fn subject_span(&self, doc: &Doc, sent: &Span, cue: &Span) -> Option<Span> {
        let upto = &doc.text[sent.start..cue.end];
        if let Some(c) = self.menurut.captures(upto)
            && let Some(m) = c.get(1) {
                return Some(sent.start + m.start()..sent.start + m.end());
            }
        match self.verb.find(upto) {
            Some(m) => {
                let subject = &upto[..m.start()];
                let dateline = self.dateline.find(subject).map_or(0, |d| d.end());
                let skip = dateline + self.fronted.find(&subject[dateline..]).map_or(0, |f| f.end());
                Some(sent.start + skip..sent.start + m.start())
            }
            // "Kabar bahwa X ... tidak benar" with no one saying it is the reporter's (or a
            // fact-checker's) verdict, not a company's denial.
            None if self.phrase_cue.is_match(doc.slice(cue)) => None,
            None => Some(sent.start..cue.start),
        }
    }

    /// A negation that states something is not so, not a hedge of degree ("tidak terlalu
    /// bergantung", "tidak begitu besar"), nor a question or a condition ("ingin tahu
    /// apakah tidak ada intimidasi", "kalau tidak ada keluhan").
    pub(super) fn plain_negation(&self, text: &str) -> bool {
        self.negation
            .find_iter(text)
            .any(|m| !self.degree_after.is_match(&text[m.end()..]) && !self.question_before.is_match(&text[..m.start()]))
    }

    /// The companies among the members of a subject list that opens with a non-company
    /// ("Dinas Lingkungan Hidup, PT Nikel Tomori Jaya dan Polres Morowali membantah"): the
    /// list must end in "dan"/"serta", and no member may be an accompanying phrase
    /// ("didampingi ...", "bersama ...").
    pub(super) fn companies_in_mixed_list(&self, ctx: &Ctx, si: usize, subject: &Span) -> Vec<(OrgRef, Option<Found>, &'static str)> {
        let text = ctx.doc.text;
        let seps: Vec<_> = self.list_member_sep.find_iter(&text[subject.clone()]).collect();
        let mut members: Vec<Span> = Vec::new();
        let mut start = subject.start;
        for m in &seps {
            members.push(start..subject.start + m.start());
            start = subject.start + m.end();
        }
        members.push(start..subject.end);
        let last_sep_is_and = seps.last().is_some_and(|m| m.as_str().contains("dan") || m.as_str().contains("serta"));
        if members.len() < 2 || !last_sep_is_and || members.iter().any(|m| self.accompanying.is_match(&text[m.clone()])) {
            return vec![];
        }
        let mut out = Vec::new();
        for m in members {
            let orgs = orgs_within(ctx, si, &m);
            if non_company_head(ctx, &m, &orgs) {
                continue;
            }
            if let Some(o) = orgs.first().filter(|o| o.is_company) {
                out.push(((*o).clone(), None, "denial.subject_verb"));
            }
        }
        out
    }

    /// Is the denial cue at `cue` a non-company's: its sentence's subject is headed by one?
    pub(super) fn non_company_denies(&self, ctx: &Ctx, cue: Span) -> bool {
        let Some(si) = ctx.doc.sentence_at(cue.start) else { return false };
        let sent = &ctx.doc.sentences[si].span;
        self.subject_span(ctx.doc, sent, &cue).is_some_and(|s| non_company_head(ctx, &s, &orgs_within(ctx, si, &s)))
    }

    /// For "Ia/Dia membantah": the company of whoever was the subject of the sentences just
    /// before; None when that was a person with no company or a non-company.
    pub(super) fn previous_subject(&self, ctx: &Ctx, si: usize) -> Option<OrgRef> {
        let doc = ctx.doc;
        for j in (si.saturating_sub(3)..si).rev() {
            let sent = &doc.sentences[j].span;
            // (a verb in a relative clause, "yang pernah meminta", is not the clause's own)
            let s_text = doc.slice(sent);
            let subject = match self.speaker_after_opening_quote(ctx, sent) {
                Some(s) => s,
                None => {
                    let main_verb = self.any_verb.find_iter(s_text).find(|m| !self.relative_before.is_match(&s_text[..m.start()]));
                    match main_verb {
                        Some(m) => sent.start..sent.start + m.start(),
                        None => continue,
                    }
                }
            };
            let subject_orgs = orgs_within(ctx, j, &subject);
            if non_company_head(ctx, &subject, &subject_orgs) {
                return None;
            }
            if let Some(o) = subject_orgs.first() {
                return o.is_company.then(|| (*o).clone());
            }
            if let Some(p) = self.person_in(ctx, &subject) {
                return ctx.orgs.affiliation_of(ctx.affs, &p.value).and_then(|a| a.org.clone()).filter(|o| o.is_company);
            }
            if !ctx.orgs.cap_names(doc, &subject).is_empty() {
                return None;
            }
        }
        None
    }

    /// In a sentence that opens with a quote ('"...," ujar Sekretaris Perusahaan X Budi pada
    /// ...'), the speaker the quote's attribution found after its speech verb (empty for
    /// "ujarnya"): the quote's words are no subject.
    fn speaker_after_opening_quote(&self, ctx: &Ctx, sent: &Span) -> Option<Span> {
        let doc = ctx.doc;
        let s_text = doc.slice(sent);
        let q = doc.quote_at(sent.start + (s_text.len() - s_text.trim_start().len()))?;
        // (a quote may run past the sentence)
        if q.outer.end >= sent.end {
            return None;
        }
        let a = ctx.quotes.iter().find(|a| a.inner == q.inner && a.rule == "quote.after_verb")?;
        Some(a.speaker.clone().unwrap_or(q.outer.end..q.outer.end))
    }

    /// The last list of companies ("BTN, Muamalat, dan Bukopin") named before `pos` within
    /// the three sentences up to `si`, of `count` members when a count is given.
    pub(super) fn recent_list(&self, ctx: &Ctx, si: usize, pos: usize, count: Option<usize>) -> Option<Vec<OrgRef>> {
        let text = ctx.doc.text;
        for j in (si.saturating_sub(3)..=si).rev() {
            let orgs: Vec<&OrgRef> = ctx.sent_orgs[j].iter().filter(|o| o.is_company && o.span.end <= pos).collect();
            if let Some(run) = self.list_runs(text, &orgs).into_iter().rev().find(|r| r.len() >= 2 && count.is_none_or(|n| r.len() == n)) {
                return Some(run.into_iter().cloned().collect());
            }
        }
        None
    }

    /// `orgs` (in text order) split into runs that a list separator joins ("Telkomsel, XL
    /// dan Indosat").
    pub(super) fn list_runs<'o>(&self, text: &str, orgs: &[&'o OrgRef]) -> Vec<Vec<&'o OrgRef>> {
        let mut runs: Vec<Vec<&OrgRef>> = Vec::new();
        for &o in orgs {
            match runs.last_mut() {
                Some(run) if run[run.len() - 1].span.end <= o.span.start && self.list_sep.is_match(&text[run[run.len() - 1].span.end..o.span.start]) => {
                    run.push(o)
                }
                _ => runs.push(vec![o]),
            }
        }
        runs
    }

    /// A person named in a subject phrase (the last capitalised name that is no company).
    pub(super) fn person_in(&self, ctx: &Ctx, span: &Span) -> Option<Found> {
        let doc = ctx.doc;
        for n in ctx.orgs.cap_names(doc, span).into_iter().rev() {
            let Some(n) = ctx.orgs.trim_name(doc.text, n) else { continue };
            let name = doc.slice(&n);
            if ctx.orgs.affiliation_of(ctx.affs, name).is_some() {
                return Some(Found::text(name, n, "speaker.subject"));
            }
        }
        None
    }

    /// The company a speaker phrase speaks for, and the person's span when a person speaks.
    pub(super) fn resolve_speaker(&self, ctx: &Ctx, sp: &Span) -> Option<(OrgRef, Option<Span>)> {
        let doc = ctx.doc;
        // a company's official account ("@elmo.id", "@KFCINDONESIA") speaks for it
        if let Some(handle) = doc.slice(sp).trim().strip_prefix('@') {
            return official_account(ctx, handle).map(|o| (o, None));
        }
        let orgs = ctx.orgs.orgs_in_scanned(doc, sp, Some(ctx.org_scan));
        if ctx.orgs.names_non_company(doc.slice(sp)) && !orgs.iter().any(|o| o.is_company) {
            return None;
        }
        // As for a subject, the head decides: "kata analis PT X Sekuritas" is the analyst's view.
        if non_company_head(ctx, sp, &orgs.iter().collect::<Vec<_>>()) {
            return None;
        }
        let person = ctx
            .orgs
            .cap_names(doc, sp)
            .into_iter()
            .filter_map(|n| ctx.orgs.trim_name(doc.text, n))
            .rfind(|n| ctx.orgs.affiliation_of(ctx.affs, doc.slice(n)).is_some());
        // "kata Astra" where Astra Nugraha speaks for Glowee: the person's name, not the company
        let names_the_person = person.as_ref().is_some_and(|p| {
            orgs.iter().all(|o| p.start <= o.span.start && o.span.end <= p.end)
                && ctx.orgs.affiliation_of(ctx.affs, doc.slice(p)).is_some_and(|a| a.org.as_ref().is_some_and(|ao| orgs.iter().all(|o| !company::same_org(&o.key, &ao.key))))
        });
        if !names_the_person
            && let Some(o) = orgs.iter().find(|o| o.rule == "company.lexicon").or(orgs.first()) {
                return Some((o.clone(), person));
            }
        if let Some(p) = &person {
            let a = ctx.orgs.affiliation_of(ctx.affs, doc.slice(p))?;
            // "Rusli, perwakilan manajemen perusahaan": a title naming no organisation is
            // held in the company in focus
            return match &a.org {
                Some(o) => Some((o.clone(), Some(p.clone()))),
                None => focus(ctx, doc.sentence_at(sp.start)?, sp.start).map(|o| (o, Some(p.clone()))),
            };
        }
        let t = doc.slice(sp).trim();
        // "kata seorang juru bicara": a bare role speaks for the company in focus
        let bare_role = !ctx.orgs.roles_in_scanned(doc, sp, Some(ctx.org_scan)).is_empty() && ctx.orgs.cap_names(doc, sp).is_empty();
        if bare_role {
            let si = doc.sentence_at(sp.start)?;
            return focus(ctx, si, sp.start).map(|o| (o, None));
        }
        // "tulis siaran pers tersebut": the company's own statement speaks for it
        if self.pronoun.is_match(t) || t.to_lowercase().starts_with("perusahaan") || self.statement_noun.is_match(t) {
            let si = doc.sentence_at(sp.start)?;
            if self.person_pronoun.is_match(t) {
                return self.previous_subject(ctx, si).map(|o| (o, None));
            }
            return focus(ctx, si, sp.start).map(|o| (o, None));
        }
        None
    }
}
