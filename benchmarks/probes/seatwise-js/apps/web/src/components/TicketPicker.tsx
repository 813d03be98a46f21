import { useState } from 'react';
import { formatPrice } from '../utils/html';

export const TIERS = [
  { id: 'standard', label: 'Standard', multiplier: 1 },
  { id: 'vip', label: 'VIP', multiplier: 2.5 },
  { id: 'student', label: 'Student', multiplier: 0.7 },
  { id: 'accessible', label: 'Accessible seating', multiplier: 1 },
] as const;

export interface Selection {
  tier: (typeof TIERS)[number]['id'];
  names: string[];
}

interface Props {
  fromPriceCents: number;
  disabled?: boolean;
  onCheckout(selection: Selection): void;
}

export function TicketPicker({ fromPriceCents, disabled, onCheckout }: Props) {
  const [tier, setTier] = useState<Selection['tier']>('standard');
  const [names, setNames] = useState<string[]>(['']);
  const multiplier = TIERS.find((t) => t.id === tier)?.multiplier ?? 1;

  const setName = (index: number, value: string) => setNames((prev) => prev.map((n, i) => (i === index ? value : n)));

  return (
    <form
      className="ticket-picker"
      onSubmit={(e) => {
        e.preventDefault();
        onCheckout({ tier, names: names.map((n) => n.trim()).filter(Boolean) });
      }}
    >
      <fieldset disabled={disabled}>
        <legend>Tickets</legend>
        {TIERS.map((t) => (
          <label key={t.id}>
            <input type="radio" name="tier" checked={tier === t.id} onChange={() => setTier(t.id)} />
            {t.label} &middot; {formatPrice(Math.round(fromPriceCents * t.multiplier))}
          </label>
        ))}
        {names.map((name, i) => (
          <input
            key={i}
            placeholder={`Name on ticket ${i + 1}`}
            value={name}
            maxLength={120}
            onChange={(e) => setName(i, e.target.value)}
          />
        ))}
        <button type="button" onClick={() => setNames((prev) => (prev.length < 10 ? [...prev, ''] : prev))}>
          Add another ticket
        </button>
        <p className="total">
          {names.length} &times; {formatPrice(Math.round(fromPriceCents * multiplier))}
        </p>
        <button type="submit">Continue to payment</button>
      </fieldset>
    </form>
  );
}
