'use strict';

const Handlebars = require('handlebars');
const nodemailer = require('nodemailer');
const nunjucks = require('nunjucks');
const config = require('../config');

const transport = nodemailer.createTransport(config.smtpUrl);
const templates = new nunjucks.Environment(null, { autoescape: true });

const DEFAULT_INVOICE_TEMPLATE = '<p>Hello {{ member.first_name }},</p><p>Invoice {{ invoice.invoice_number }} is attached and due on {{ invoice.due_at }}.</p>';
const RECEIPT_TEMPLATES = {
  en: '<p>Hi {{member.first_name}}, we received your payment for invoice {{invoice.invoice_number}}. Thanks for working with Deskline!</p>',
  de: '<p>Hallo {{member.first_name}}, wir haben Ihre Zahlung für Rechnung {{invoice.invoice_number}} erhalten. Vielen Dank!</p>',
  fr: '<p>Bonjour {{member.first_name}}, nous avons bien reçu votre paiement pour la facture {{invoice.invoice_number}}.</p>',
};

async function sendInvoiceEmail({ to, subject, bodyTemplate, invoice }) {
  const html = templates.renderString(bodyTemplate || DEFAULT_INVOICE_TEMPLATE, { invoice, member: invoice.member }); // VULN ssti
  await transport.sendMail({
    from: config.mailFrom,
    to: to || invoice.member.email,
    subject: subject || `Invoice ${invoice.invoice_number}`,
    html,
    attachments: [{ filename: `${invoice.invoice_number}.pdf`, path: invoice.pdf_path }],
  });
}

async function sendReceipt({ invoice, locale }) {
  const source = RECEIPT_TEMPLATES[String(locale).slice(0, 2)] || RECEIPT_TEMPLATES.en;
  const render = Handlebars.compile(source); // SAFE ssti
  const html = render({ invoice, member: invoice.member });
  await transport.sendMail({ from: config.mailFrom, to: invoice.member.email, subject: `Payment received – ${invoice.invoice_number}`, html });
}

module.exports = { sendInvoiceEmail, sendReceipt };
