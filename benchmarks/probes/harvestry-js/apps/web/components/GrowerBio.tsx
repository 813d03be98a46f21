import { sanitizeBio } from '@/lib/sanitize';

interface GrowerBioProps {
  name: string;
  region: string;
  bio: string | null;
  certifications: string[];
}

export function GrowerBio({ name, region, bio, certifications }: GrowerBioProps) {
  return (
    <section className="grower-bio">
      <h1>{name}</h1>
      <p className="grower-bio__region">{region}</p>
      <ul className="grower-bio__certs">
        {certifications.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <div className="grower-bio__text" dangerouslySetInnerHTML={{ __html: sanitizeBio(bio) }} />{/* SAFE xss */}
    </section>
  );
}
