import { useEffect, useRef } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useRouter } from 'next/router';

// a client router's view of the URL is the attacker's: React Router's hooks and the Next.js
// pages router's query
export function SearchBanner() {
  const [searchParams] = useSearchParams();
  const ref = useRef(null);
  useEffect(() => {
    // ruleid: trace.javascript.xss.dom-sink
    ref.current.innerHTML = `Results for <b>${searchParams.get('q')}</b>`;
    // ok: trace.javascript.xss.dom-sink
    ref.current.innerHTML = `Page <b>${Number(searchParams.get('page'))}</b>`;
  }, [searchParams]);
  return <p ref={ref} />;
}

export function Crumb() {
  const { section } = useParams();
  const location = useLocation();
  useEffect(() => {
    // ruleid: trace.javascript.xss.dom-sink
    document.getElementById('crumb').innerHTML = section;
    // ruleid: trace.javascript.xss.dom-sink
    document.getElementById('hash').innerHTML = location.hash;
    // ok: trace.javascript.xss.dom-sink
    document.getElementById('crumb').textContent = section;
  }, [section, location]);
  return null;
}

// navigating to a URL from the query string: a `javascript:` URL runs in the page
export function AfterLogin() {
  const router = useRouter();
  useEffect(() => {
    // ruleid: trace.javascript.xss.dom-sink
    window.location.href = router.query.returnTo;
    // ruleid: trace.javascript.xss.dom-sink
    window.open(new URLSearchParams(window.location.search).get('popup'));
    // ok: trace.javascript.xss.dom-sink
    window.location.assign('/orders/' + encodeURIComponent(router.query.order));
  }, [router]);
  return null;
}

export function Calculator() {
  useEffect(() => {
    // ruleid: trace.javascript.xss.dom-sink
    eval(decodeURIComponent(window.location.hash.slice(1)));
    // ok: trace.javascript.xss.dom-sink
    setTimeout(() => document.body.classList.add('ready'), 10);
  }, []);
  return null;
}
