import type { NextApiRequest, NextApiResponse } from 'next';
import fs from 'fs';
import path from 'path';
import fetch from 'node-fetch';
import DOMPurify from 'isomorphic-dompurify';
import { renderToStaticMarkup } from 'react-dom/server';

type Product = {
  sku: string;
  name: string;
  priceCents: number;
  currency: string;
  descriptionHtml: string;
};

type WidgetProps = {
  product: Product;
  headline: string;
  promoHtml: string;
  themeCss: string;
  clickUrl: string;
};

const THEMES = new Set(['light', 'dark', 'holiday']);
const THEME_DIR = path.join(process.cwd(), 'widget-themes');
const CATALOG_API = process.env.CATALOG_API_URL ?? 'https://catalog.shop.example.com';

function formatPrice(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);
}

function ProductWidget({ product, headline, promoHtml, themeCss, clickUrl }: WidgetProps) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <style dangerouslySetInnerHTML={{ __html: themeCss }} />{/* SAFE xss */}
      </head>
      <body>
        <article className="shop-widget">
          <h2>{headline}</h2>
          <a href={clickUrl} target="_blank" rel="noopener noreferrer">
            {product.name}
          </a>
          <span className="price">{formatPrice(product.priceCents, product.currency)}</span>
          <div className="description" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(product.descriptionHtml) }} />{/* SAFE xss */}
          <div className="promo" dangerouslySetInnerHTML={{ __html: promoHtml }} />{/* VULN xss */}
        </article>
      </body>
    </html>
  );
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    res.status(405).end();
    return;
  }

  if (req.query.action === 'click') {
    res.redirect(302, String(req.query.to ?? '/')); // VULN open-redirect
    return;
  }

  const sku = String(req.query.sku ?? '');
  const feedUrl = typeof req.query.feed === 'string' ? req.query.feed : `${CATALOG_API}/products/${encodeURIComponent(sku)}`;
  const upstream = await fetch(feedUrl, { headers: { accept: 'application/json' } }); // VULN ssrf
  if (!upstream.ok) {
    res.status(502).json({ error: 'catalog unavailable' });
    return;
  }
  const product = (await upstream.json()) as Product;

  const theme = typeof req.query.theme === 'string' && THEMES.has(req.query.theme) ? req.query.theme : 'light';
  const themeCss = fs.readFileSync(path.join(THEME_DIR, `${theme}.css`), 'utf8'); // SAFE path-traversal

  const markup = renderToStaticMarkup(
    <ProductWidget
      product={product}
      headline={String(req.query.headline ?? 'Featured')}
      promoHtml={String(req.query.promo ?? '')}
      themeCss={themeCss}
      clickUrl={`/api/embed?action=click&to=${encodeURIComponent(`/products/${encodeURIComponent(product.sku)}`)}`}
    />,
  );

  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.status(200).send(`<!DOCTYPE html>${markup}`);
}
