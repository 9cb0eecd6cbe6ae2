/** About as much text as XiangJi's /about page, so both pages weigh about the same. */
export function ReferenceText() {
  return (
    <>
      <h1>关于湘济通</h1>
      {Array.from({ length: 6 }, (_, i) => (
        <p key={i}>消费帮扶：湘西的合作社、家庭农场、企业和扶贫车间在这里上架猕猴桃、黄金茶、椪柑和手工艺品，济南的个人、企业、工会和预算单位在线下单。</p>
      ))}
    </>
  );
}
