// The original service's SertCard contracts, declared as .NET declares them, and a tool that reads
// an XML document with .NET's own DataContractSerializer and writes the object back with it:
//   mono DataContractCheck.exe <ContractName> < in.xml > out.xml
// A document .NET cannot read fails with a non-zero exit code and the serializer's message.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Serialization;
using System.Text;
using System.Xml;

namespace LCManagerPartner.Implementation.Abstractions
{
    [DataContract(Name = "BaseRequest")]
    public class BaseRequest
    {
        [DataMember] public int? Operator;
        [DataMember] public int? Token;
        [DataMember] public string SiteCode;
    }

    [DataContract(Name = "BaseResponse")]
    public class BaseResponse
    {
        [DataMember] public int ErrorCode;
        [DataMember] public string Message;
    }
}

namespace LCManagerPartner.Implementation.Request.SertCardRequest
{
    using LCManagerPartner.Implementation.Abstractions;

    [DataContract(Name = "NumberFromGoodsRequest")]
    public class NumberFromGoodsRequest : BaseRequest
    {
        [DataContract(Name = "NumberFromGoodsRequest.NumberFromGoodsGood")]
        public class NumberFromGoodsGood
        {
            [DataMember] public long? Id;
            [DataMember] public string Name;
            [DataMember] public int Quantity;
            [DataMember] public decimal Price;
            [DataMember] public string ItemCode;
        }

        [DataMember] public string PosCode;
        [DataMember] public int SertCardSeries;
        [DataMember] public string OrderNumber;
        [DataMember] public bool Refund;
        [DataMember] public long? Client;
        [DataMember] public long? ClientIShop;
        [DataMember] public string Email;
        [DataMember] public long? Phone;
        [DataMember] public long? ChequeId;
        [DataMember] public List<NumberFromGoodsGood> Goods;
    }

    [DataContract(Name = "InfoRequest")]
    public class InfoRequest : BaseRequest
    {
        [DataMember] public int? Number;
        [DataMember] public string SecretCode;
    }

    [DataContract(Name = "PayRequest")]
    public class PayRequest : BaseRequest
    {
        [DataMember] public string SecretCode;
        [DataMember] public decimal Amount;
        [DataMember] public string OrderNumber;
        [DataMember] public string PosCode;
    }

    [DataContract(Name = "PayRefundRequest")]
    public class PayRefundRequest : BaseRequest
    {
        [DataMember] public string OrderNumber;
        [DataMember] public string PosCode;
        [DataMember] public string SecretCode;
    }
}

namespace LCManagerPartner.Implementation.Response.SertCardResponse
{
    using LCManagerPartner.Implementation.Abstractions;

    [DataContract(Name = "NumberFromGoodsResponse")]
    public class NumberFromGoodsResponse : BaseResponse
    {
        [DataContract(Name = "NumberFromGoodsResponse.NumberFromGoodsSertCard")]
        public class NumberFromGoodsSertCard
        {
            [DataMember] public int Number;
            [DataMember] public string SecretCode;
            [DataMember] public decimal Nominal;
            [DataMember] public decimal Remain;
            [DataMember] public DateTime SertExpDate;
            [DataMember] public string SertCardStatus;
            [DataMember] public string SertCardStatusPurchase;
            [DataMember] public bool AllowRefund;
            [DataMember] public bool AllowRefundPurchase;
            [DataMember] public bool AllowReuse;
        }

        [DataMember] public List<NumberFromGoodsSertCard> SertCards;
    }

    [DataContract(Name = "InfoResponse")]
    public class InfoResponse : BaseResponse
    {
        [DataMember] public NumberFromGoodsResponse.NumberFromGoodsSertCard SertCard;
    }

    [DataContract(Name = "PayResponse")]
    public class PayResponse : BaseResponse
    {
        [DataMember] public decimal? Amount;
        [DataMember] public NumberFromGoodsResponse.NumberFromGoodsSertCard SertCard;
    }

    [DataContract(Name = "PayRefundResponse")]
    public class PayRefundResponse : BaseResponse
    {
        [DataMember] public decimal? Amount;
        [DataMember] public List<NumberFromGoodsResponse.NumberFromGoodsSertCard> SertCards;
    }
}

public static class DataContractCheck
{
    static readonly Dictionary<string, Type> Types = new Dictionary<string, Type>
    {
        { "NumberFromGoodsRequest", typeof(LCManagerPartner.Implementation.Request.SertCardRequest.NumberFromGoodsRequest) },
        { "InfoRequest", typeof(LCManagerPartner.Implementation.Request.SertCardRequest.InfoRequest) },
        { "PayRequest", typeof(LCManagerPartner.Implementation.Request.SertCardRequest.PayRequest) },
        { "PayRefundRequest", typeof(LCManagerPartner.Implementation.Request.SertCardRequest.PayRefundRequest) },
        { "NumberFromGoodsResponse", typeof(LCManagerPartner.Implementation.Response.SertCardResponse.NumberFromGoodsResponse) },
        { "InfoResponse", typeof(LCManagerPartner.Implementation.Response.SertCardResponse.InfoResponse) },
        { "PayResponse", typeof(LCManagerPartner.Implementation.Response.SertCardResponse.PayResponse) },
        { "PayRefundResponse", typeof(LCManagerPartner.Implementation.Response.SertCardResponse.PayRefundResponse) },
    };

    public static int Main(string[] args)
    {
        try
        {
            var serializer = new DataContractSerializer(Types[args[0]]);
            object value;
            using (var reader = XmlReader.Create(Console.OpenStandardInput(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
                value = serializer.ReadObject(reader);
            var output = new MemoryStream();
            using (var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) }))
                serializer.WriteObject(writer, value);
            var stdout = Console.OpenStandardOutput();
            output.WriteTo(stdout);
            stdout.Flush();
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(e.GetType().Name + ": " + e.Message);
            return 1;
        }
    }
}
