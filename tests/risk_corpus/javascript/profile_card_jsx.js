// expect: js-inner-html
export function ProfileCard({ user }) {
  return (
    <article className="card">
      <h2>{user.name}</h2>
      <div dangerouslySetInnerHTML={{ __html: user.bio }} />
    </article>
  );
}
